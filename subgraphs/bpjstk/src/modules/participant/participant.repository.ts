// BPJS TK participations (table participant).
import { EntityRepository } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { BpjsTkParticipantRecord } from './participant.entity';

export class BpjsTkParticipantRepository extends EntityRepository<BpjsTkParticipantRecord> {
  byNiks(niks: readonly string[]): Promise<BpjsTkParticipantRecord[]> {
    return this.find({ nik: { $in: [...niks] } });
  }

  byKpjs(kpjs: readonly string[]): Promise<BpjsTkParticipantRecord[]> {
    return this.find({ kpj: { $in: [...kpjs] } });
  }

  byNik(nik: string): Promise<BpjsTkParticipantRecord | null> {
    return this.findOne({ nik });
  }

  byKpj(kpj: string): Promise<BpjsTkParticipantRecord | null> {
    return this.findOne({ kpj });
  }

  /**
   * Inserts a new, self-registered (unverified) participant; false when the KPJ (random) or NIK is taken.
   * Raw SQL: `on conflict do nothing returning` tells a taken number from a new row in one statement, without
   * an exception that would abort the caller's transaction.
   */
  async insertSelfRegistered(row: {
    kpj: string;
    nik: string;
    fullName: string;
    birthDate: string;
    membership: 'PU' | 'BPU';
    phone?: string | null;
    email?: string | null;
  }): Promise<boolean> {
    const rows = await sqlOf(this.em)(
      `insert into bpjstk.participant (kpj, nik, full_name, birth_date, membership, status, phone, email, origin)
       values (?, ?, ?, ?, ?, 'PENDING_PAYMENT', ?, ?, 'SELF_REGISTERED') on conflict do nothing returning kpj`,
      [row.kpj, row.nik, row.fullName, row.birthDate, row.membership, row.phone ?? null, row.email ?? null],
    );
    return rows.length === 1;
  }

  /**
   * The first payment made the participation active (again). Raw SQL: one statement for every KPJ of the
   * payment, keeping a first membership day already set (`coalesce`) without loading the rows.
   */
  async activate(kpjs: readonly string[], at: Date, changes: { membership?: 'PU' | 'BPU'; employer?: string | null }): Promise<void> {
    if (kpjs.length === 0) return;
    await sqlOf(this.em)(
      `update bpjstk.participant set status = 'ACTIVE', inactive_since = null, activated_at = ?,
         member_since = coalesce(member_since, ?::date),
         membership = coalesce(?, membership), employer = case when ? then ? else employer end
       where kpj in (?)`,
      [at, at.toISOString().slice(0, 10), changes.membership ?? null, changes.employer !== undefined, changes.employer ?? null, [...kpjs]],
    );
  }
}
