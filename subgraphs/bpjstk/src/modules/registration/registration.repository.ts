// BPU registrations, employers and their workers, and the payment codes that activate them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomPaymentCode } from '../common/codes';
import { pgArray, sqlOf } from '#platform/db/sql';

export interface PaymentCodeRow {
  code: string;
  amount: number;
  expires_at: Date;
  status: 'OPEN' | 'PAID';
  bpu_registration_id: string | null;
  employer_id: string | null;
}

export interface BpuRegistrationRow {
  id: string;
  /** Null while the registration only asks to be linked to a record BPJS TK already holds. */
  kpj: string | null;
  nik: string;
  new_participant: boolean;
  email: string;
  phone: string;
  monthly_income: number;
  programs: string[];
}

export interface EmployerRow {
  id: string;
  registration_number: string;
  name: string;
  status: 'PENDING_PAYMENT' | 'ACTIVE';
  jkk_risk_class: number;
  programs: string[];
  email: string;
  registered_by: string | null;
}

export interface WorkerRow {
  employer_id: string;
  kpj: string;
  nik: string;
  full_name: string;
  status: string;
  monthly_wage: number;
  position: number;
  origin: 'AGENCY' | 'SELF_REGISTERED';
  verified_at: Date | null;
}

const PAYMENT = 'code, amount::float8 as amount, expires_at, status, bpu_registration_id, employer_id';
const BPU = 'id, kpj, nik, new_participant, email, phone, monthly_income::float8 as monthly_income, programs';
const EMPLOYER = 'id, registration_number, name, status, jkk_risk_class, programs, email, registered_by';

export class RegistrationRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlOf(em);
  }

  async insertBpu(r: Omit<BpuRegistrationRow, 'id'> & { id: string; occupation: string; address: string; city: string; idempotencyKey: string | null }): Promise<boolean> {
    const rows = await this.sql(
      `insert into bpjstk.bpu_registration (id, kpj, nik, new_participant, email, phone, occupation, monthly_income, programs, address, city, idempotency_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) on conflict (nik, idempotency_key) do nothing returning id`,
      [r.id, r.kpj, r.nik, r.new_participant, r.email, r.phone, r.occupation, r.monthly_income, pgArray(r.programs), r.address, r.city, r.idempotencyKey],
    );
    return rows.length === 1;
  }

  async bpuByIdempotencyKey(nik: string, key: string): Promise<BpuRegistrationRow | null> {
    const [row] = await this.sql<BpuRegistrationRow>(`select ${BPU} from bpjstk.bpu_registration where nik = ? and idempotency_key = ?`, [nik, key]);
    return row ?? null;
  }

  async bpuById(id: string): Promise<BpuRegistrationRow | null> {
    const [row] = await this.sql<BpuRegistrationRow>(`select ${BPU} from bpjstk.bpu_registration where id = ?`, [id]);
    return row ?? null;
  }

  async insertEmployer(e: {
    id: string; registrationNumber: string; name: string; npwp: string; nib: string; ownerNik: string; ownerName: string;
    address: string; city: string; email: string; phone: string; jkkRiskClass: number; programs: string[];
    documentIds: string[]; registeredBy: string | null; idempotencyKey: string | null;
  }): Promise<boolean> {
    const rows = await this.sql(
      `insert into bpjstk.employer (id, registration_number, name, npwp, nib, owner_nik, owner_name, address, city, email, phone,
         jkk_risk_class, programs, document_ids, status, registered_by, idempotency_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], 'PENDING_PAYMENT', ?, ?)
       on conflict (npwp, idempotency_key) do nothing returning id`,
      [e.id, e.registrationNumber, e.name, e.npwp, e.nib, e.ownerNik, e.ownerName, e.address, e.city, e.email, e.phone,
        e.jkkRiskClass, pgArray(e.programs), pgArray(e.documentIds), e.registeredBy, e.idempotencyKey],
    );
    return rows.length === 1;
  }

  async employerByIdempotencyKey(npwp: string, key: string): Promise<EmployerRow | null> {
    const [row] = await this.sql<EmployerRow>(`select ${EMPLOYER} from bpjstk.employer where npwp = ? and idempotency_key = ?`, [npwp, key]);
    return row ?? null;
  }

  employersByIds(ids: readonly string[]): Promise<EmployerRow[]> {
    return this.sql<EmployerRow>(`select ${EMPLOYER} from bpjstk.employer where id in (?)`, [[...ids]]);
  }

  async addWorkers(employerId: string, workers: Array<{ kpj: string; monthlyWage: number; position: number }>): Promise<void> {
    for (let i = 0; i < workers.length; i += 500) {
      const chunk = workers.slice(i, i + 500);
      await this.sql(
        `insert into bpjstk.employer_worker (employer_id, kpj, position, monthly_wage) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
         on conflict do nothing`,
        chunk.flatMap((w) => [employerId, w.kpj, w.position, w.monthlyWage]),
      );
    }
  }

  /** Workers of many employers with their participation, in registration order (one statement). */
  workersOf(employerIds: readonly string[]): Promise<WorkerRow[]> {
    return this.sql<WorkerRow>(
      `select w.employer_id, w.kpj, p.nik, p.full_name, p.status, w.monthly_wage::float8 as monthly_wage, w.position,
         p.origin, p.verified_at
       from bpjstk.employer_worker w join bpjstk.participant p on p.kpj = w.kpj
       where w.employer_id in (?) order by w.employer_id, w.position`,
      [[...employerIds]],
    );
  }

  /** A new payment code for one registration; a fresh random code is drawn on the (rare) collision. */
  async createPaymentCode(target: { bpuRegistrationId?: string; employerId?: string }, amount: number, expiresAt: Date): Promise<PaymentCodeRow> {
    for (;;) {
      const [row] = await this.sql<PaymentCodeRow>(
        `insert into bpjstk.payment_code (code, amount, expires_at, bpu_registration_id, employer_id) values (?, ?, ?, ?, ?)
         on conflict (code) do nothing returning ${PAYMENT}`,
        [randomPaymentCode(), amount, expiresAt, target.bpuRegistrationId ?? null, target.employerId ?? null],
      );
      if (row) return row;
    }
  }

  /** Payment codes by registration (BPU) or employer id, in one statement. */
  paymentCodesFor(ids: readonly string[]): Promise<PaymentCodeRow[]> {
    return this.sql<PaymentCodeRow>(
      `select ${PAYMENT} from bpjstk.payment_code where bpu_registration_id in (?) or employer_id in (?)`,
      [[...ids], [...ids]],
    );
  }

  async lockPaymentCode(code: string): Promise<PaymentCodeRow | null> {
    const [row] = await this.sql<PaymentCodeRow>(`select ${PAYMENT} from bpjstk.payment_code where code = ? for update`, [code]);
    return row ?? null;
  }

  /** Records a payment once per reference: false when the reference was seen before. */
  async recordPayment(reference: string, code: string, amount: number, paidAt: Date): Promise<boolean> {
    const rows = await this.sql(
      `insert into bpjstk.payment (reference, payment_code, amount, paid_at) values (?, ?, ?, ?)
       on conflict (reference) do nothing returning reference`,
      [reference, code, amount, paidAt],
    );
    return rows.length === 1;
  }

  async markPaid(code: string, paidAt: Date): Promise<void> {
    await this.sql(`update bpjstk.payment_code set status = 'PAID', paid_at = ? where code = ?`, [paidAt, code]);
  }

  async activateEmployer(id: string, at: Date): Promise<void> {
    await this.sql(`update bpjstk.employer set status = 'ACTIVE', activated_at = ? where id = ?`, [at, id]);
  }
}
