// BPU registrations, employers and their workers, and the payment codes that activate them.
import { EntityRepository } from '@mikro-orm/postgresql';
import { randomPaymentCode } from '../common/codes';
import { pgArray, sqlOf } from '#platform/db/sql';
import { EmployerRecord, EmployerWorkerRecord, PaymentCodeRecord, type BpuRegistrationRecord } from './registration.entity';

export interface NewBpuRegistration {
  id: string;
  kpj: string | null;
  nik: string;
  newParticipant: boolean;
  email: string;
  phone: string;
  occupation: string;
  monthlyIncome: number;
  programs: string[];
  address: string;
  city: string;
  idempotencyKey: string | null;
}

export interface NewEmployer {
  id: string;
  registrationNumber: string;
  name: string;
  npwp: string;
  nib: string;
  ownerNik: string;
  ownerName: string;
  address: string;
  city: string;
  email: string;
  phone: string;
  jkkRiskClass: number;
  programs: string[];
  documentIds: string[];
  registeredBy: string | null;
  idempotencyKey: string | null;
}

export class RegistrationRepository extends EntityRepository<BpuRegistrationRecord> {
  /**
   * Inserts the registration unless the (NIK, idempotency key) pair exists; false when it did. Raw SQL for
   * `on conflict do nothing`: a retried registration must not abort the transaction with a unique violation.
   */
  async insertBpu(r: NewBpuRegistration): Promise<boolean> {
    const rows = await sqlOf(this.em)(
      `insert into bpjstk.bpu_registration (id, kpj, nik, new_participant, email, phone, occupation, monthly_income, programs, address, city, idempotency_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) on conflict (nik, idempotency_key) do nothing returning id`,
      [r.id, r.kpj, r.nik, r.newParticipant, r.email, r.phone, r.occupation, r.monthlyIncome, pgArray(r.programs), r.address, r.city, r.idempotencyKey],
    );
    return rows.length === 1;
  }

  bpuByIdempotencyKey(nik: string, idempotencyKey: string): Promise<BpuRegistrationRecord | null> {
    return this.findOne({ nik, idempotencyKey });
  }

  bpuById(id: string): Promise<BpuRegistrationRecord | null> {
    return this.findOne({ id });
  }

  /** The registration now names the record it was linked to (written at once). */
  async setBpuKpj(id: string, kpj: string): Promise<void> {
    await this.nativeUpdate({ id }, { kpj });
  }

  /** As insertBpu, on (NPWP, idempotency key): raw SQL for `on conflict do nothing`. */
  async insertEmployer(e: NewEmployer): Promise<boolean> {
    const rows = await sqlOf(this.em)(
      `insert into bpjstk.employer (id, registration_number, name, npwp, nib, owner_nik, owner_name, address, city, email, phone,
         jkk_risk_class, programs, document_ids, status, registered_by, idempotency_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], 'PENDING_PAYMENT', ?, ?)
       on conflict (npwp, idempotency_key) do nothing returning id`,
      [
        e.id,
        e.registrationNumber,
        e.name,
        e.npwp,
        e.nib,
        e.ownerNik,
        e.ownerName,
        e.address,
        e.city,
        e.email,
        e.phone,
        e.jkkRiskClass,
        pgArray(e.programs),
        pgArray(e.documentIds),
        e.registeredBy,
        e.idempotencyKey,
      ],
    );
    return rows.length === 1;
  }

  employerByIdempotencyKey(npwp: string, idempotencyKey: string): Promise<EmployerRecord | null> {
    return this.em.findOne(EmployerRecord, { npwp, idempotencyKey });
  }

  /** Many employers, one statement (for a DataLoader). */
  employersByIds(ids: readonly string[]): Promise<EmployerRecord[]> {
    return this.em.find(EmployerRecord, { id: { $in: [...ids] } });
  }

  /**
   * Links workers to the employer, 500 rows a statement. Raw SQL for the multi-row `on conflict do nothing`
   * (a worker confirmed twice stays linked once).
   */
  async addWorkers(employerId: string, workers: Array<{ kpj: string; monthlyWage: number; position: number }>): Promise<void> {
    for (let i = 0; i < workers.length; i += 500) {
      const chunk = workers.slice(i, i + 500);
      await sqlOf(this.em)(
        `insert into bpjstk.employer_worker (employer_id, kpj, position, monthly_wage) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
         on conflict do nothing`,
        chunk.flatMap((w) => [employerId, w.kpj, w.position, w.monthlyWage]),
      );
    }
  }

  /** Workers of many employers with their participation, in registration order (one joined statement). */
  workersOf(employerIds: readonly string[]): Promise<EmployerWorkerRecord[]> {
    return this.em.find(
      EmployerWorkerRecord,
      { employer: { $in: [...employerIds] } },
      { populate: ['participant'], strategy: 'joined', orderBy: { employer: 'asc', position: 'asc' } },
    );
  }

  /**
   * A new payment code for one registration; a fresh random code is drawn on the (rare) collision. Raw SQL
   * for `on conflict (code) do nothing`: a collision must not abort the registration's transaction.
   */
  async createPaymentCode(target: { bpuRegistrationId?: string; employerId?: string }, amount: number, expiresAt: Date): Promise<PaymentCodeRecord> {
    for (;;) {
      const [row] = await sqlOf(this.em)(
        `insert into bpjstk.payment_code (code, amount, expires_at, bpu_registration_id, employer_id) values (?, ?, ?, ?, ?)
         on conflict (code) do nothing returning code, amount, expires_at, status, bpu_registration_id, employer_id`,
        [randomPaymentCode(), amount, expiresAt, target.bpuRegistrationId ?? null, target.employerId ?? null],
      );
      if (row) return this.em.map(PaymentCodeRecord, row);
    }
  }

  /** Payment codes by registration (BPU) or employer id, in one statement. */
  paymentCodesFor(ids: readonly string[]): Promise<PaymentCodeRecord[]> {
    return this.em.find(PaymentCodeRecord, { $or: [{ bpuRegistration: { $in: [...ids] } }, { employer: { $in: [...ids] } }] });
  }
}
