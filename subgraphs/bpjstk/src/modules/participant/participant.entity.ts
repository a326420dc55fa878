import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { AgencyParticipantRecord } from '#domain/participant-record';
import { BpjsTkParticipantRepository } from './participant.repository';

/** A worker's BPJS Ketenagakerjaan participation, keyed by KPJ; one per NIK. */
@Entity({ tableName: 'participant', repository: () => BpjsTkParticipantRepository })
export class BpjsTkParticipantRecord extends AgencyParticipantRecord {
  [EntityRepositoryType]?: BpjsTkParticipantRepository;

  @PrimaryKey({ type: 'string', length: 11 }) kpj!: string;
  @Property({ type: 'string', length: 3 }) membership!: 'PU' | 'BPU';
  @Property({ type: 'string', length: 20 }) status!: 'ACTIVE' | 'INACTIVE' | 'RETIRED' | 'PENDING_PAYMENT';
  @Property({ type: 'date', nullable: true }) inactiveSince?: string | null;
  @Property({ type: 'string', length: 200, nullable: true }) employer?: string | null;

  /** Contact on record (from a BPU or employer registration): where a recovered KPJ is sent. */
  @Property({ type: 'string', length: 16, nullable: true }) phone?: string | null;
  @Property({ type: 'string', length: 254, nullable: true }) email?: string | null;
  @Property({ type: 'datetime', nullable: true }) activatedAt?: Date | null;

  /** First day of the membership (set at the first activation; generated people fall back to activatedAt). */
  @Property({ type: 'date', nullable: true }) memberSince?: string | null;

  /** AGENCY: from BPJS TK's own register (seeded or imported); SELF_REGISTERED: created by a hub registration. */
  @Property({ type: 'string', length: 16 }) origin: 'AGENCY' | 'SELF_REGISTERED' = 'AGENCY';

  /** When an officer verified a self-registered record (null: unverified). */
  @Property({ type: 'datetime', nullable: true }) verifiedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) rejectedAt?: Date | null;
}

/** What a record proves: the agency's own, or a self-registration an officer verified. */
export function isTrustedRecord(record: Pick<BpjsTkParticipantRecord, 'origin' | 'verifiedAt'>): boolean {
  return record.origin === 'AGENCY' || Boolean(record.verifiedAt);
}
