// Requests to link a registration to a record BPJS TK already holds (bpjstk.participant_link), and the
// self-registered records awaiting an officer: the two halves of the verification queue.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf, type Sql } from '#platform/db/sql';

export type LinkStatus = 'PENDING' | 'CONFIRMED' | 'REJECTED';

export interface LinkRow {
  id: string;
  nik: string;
  full_name: string;
  birth_date: string;
  source: 'BPU' | 'EMPLOYER';
  bpu_registration_id: string | null;
  employer_id: string | null;
  position: number;
  monthly_wage: number | null;
  status: LinkStatus;
  paid_at: Date | null;
  created_at: Date;
  employer_name: string | null;
}

export interface UnverifiedRow {
  kpj: string;
  nik: string;
  full_name: string;
  birth_date: string;
  membership: 'PU' | 'BPU';
  status: string;
  created_at: Date;
}

const LINK = `l.id, l.nik, l.full_name, to_char(l.birth_date, 'YYYY-MM-DD') as birth_date, l.source, l.bpu_registration_id, l.employer_id,
  l.position, l.monthly_wage::float8 as monthly_wage, l.status, l.paid_at, l.created_at, e.name as employer_name`;
const LINK_FROM = `bpjstk.participant_link l left join bpjstk.employer e on e.id = l.employer_id`;

export class LinkRepository {
  private readonly sql: Sql;

  constructor(em: EntityManager) {
    this.sql = sqlOf(em);
  }

  async insert(link: {
    nik: string; fullName: string; birthDate: string; source: 'BPU' | 'EMPLOYER';
    bpuRegistrationId?: string; employerId?: string; position?: number; monthlyWage?: number;
  }): Promise<string> {
    const id = randomUUID();
    await this.sql(
      `insert into bpjstk.participant_link (id, nik, full_name, birth_date, source, bpu_registration_id, employer_id, position, monthly_wage)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, link.nik, link.fullName, link.birthDate, link.source, link.bpuRegistrationId ?? null, link.employerId ?? null,
        link.position ?? 0, link.monthlyWage ?? null],
    );
    return id;
  }

  async markPaid(target: { bpuRegistrationId?: string; employerId?: string }, at: Date): Promise<void> {
    await this.sql(
      `update bpjstk.participant_link set paid_at = ? where ${target.bpuRegistrationId ? 'bpu_registration_id' : 'employer_id'} = ?`,
      [at, target.bpuRegistrationId ?? target.employerId],
    );
  }

  /** Links of many employers (the registrant's worker list), one statement. */
  ofEmployers(employerIds: readonly string[]): Promise<LinkRow[]> {
    return this.sql<LinkRow>(`select ${LINK} from ${LINK_FROM} where l.employer_id in (?) order by l.employer_id, l.position`, [[...employerIds]]);
  }

  async lock(id: string): Promise<LinkRow | null> {
    const [row] = await this.sql<LinkRow>(`select ${LINK} from ${LINK_FROM} where l.id = ? for update of l`, [id]);
    return row ?? null;
  }

  async find(id: string): Promise<LinkRow | null> {
    const [row] = await this.sql<LinkRow>(`select ${LINK} from ${LINK_FROM} where l.id = ?`, [id]);
    return row ?? null;
  }

  async decide(id: string, status: LinkStatus, by: string, note: string | null): Promise<void> {
    await this.sql(`update bpjstk.participant_link set status = ?, decided_by = ?, decided_at = now(), note = ? where id = ?`, [status, by, note, id]);
  }

  pending(limit: number): Promise<LinkRow[]> {
    return this.sql<LinkRow>(`select ${LINK} from ${LINK_FROM} where l.status = 'PENDING' order by l.created_at, l.id limit ?`, [limit]);
  }

  unverified(limit: number): Promise<UnverifiedRow[]> {
    return this.sql<UnverifiedRow>(
      `select kpj, nik, full_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date, membership, status, created_at from bpjstk.participant
       where origin = 'SELF_REGISTERED' and verified_at is null and rejected_at is null order by created_at, kpj limit ?`,
      [limit],
    );
  }

  async lockUnverified(kpj: string): Promise<UnverifiedRow | null> {
    const [row] = await this.sql<UnverifiedRow>(
      `select kpj, nik, full_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date, membership, status, created_at from bpjstk.participant
       where kpj = ? and origin = 'SELF_REGISTERED' and verified_at is null and rejected_at is null for update`,
      [kpj],
    );
    return row ?? null;
  }

  async decideRecord(kpj: string, verified: boolean, by: string, note: string | null): Promise<void> {
    await this.sql(
      `update bpjstk.participant set ${verified ? 'verified_at' : 'rejected_at'} = now(), verified_by = ?, verification_note = ? where kpj = ?`,
      [by, note, kpj],
    );
  }

  async setBpuKpj(registrationId: string, kpj: string): Promise<void> {
    await this.sql(`update bpjstk.bpu_registration set kpj = ? where id = ?`, [kpj, registrationId]);
  }
}
