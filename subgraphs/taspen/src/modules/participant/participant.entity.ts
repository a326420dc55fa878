import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { AgencyParticipantRecord } from '#domain/participant-record';
import { TaspenParticipantRepository } from './participant.repository';

/** A civil servant's Taspen participation, keyed by NIP; one per NIK. */
@Entity({ tableName: 'participant', repository: () => TaspenParticipantRepository })
export class TaspenParticipantRecord extends AgencyParticipantRecord {
  [EntityRepositoryType]?: TaspenParticipantRepository;

  @PrimaryKey({ type: 'string', length: 18 }) nip!: string;
  @Property({ type: 'string', length: 200 }) employer!: string;
  @Property({ type: 'string', length: 20 }) status!: string;
  @Property({ type: 'date' }) appointedOn!: string;
  @Property({ type: 'string', length: 15, nullable: true }) npwp?: string | null;
  @Property({ type: 'bigint' }) thtBalance!: number;
  @Property({ type: 'date' }) thtBalanceAsOf!: string;
}
