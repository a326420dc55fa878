import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { TaspenParticipantRepository } from './participant.repository';

/** A civil servant's Taspen participation, keyed by NIP; one per NIK. */
@Entity({ tableName: 'participant', repository: () => TaspenParticipantRepository })
export class TaspenParticipantRecord {
  [EntityRepositoryType]?: TaspenParticipantRepository;

  @PrimaryKey({ type: 'string', length: 18 }) nip!: string;
  @Property({ type: 'string', length: 16, unique: true }) nik!: string;
  @Property({ type: 'string', length: 200 }) fullName!: string;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'string', length: 200 }) employer!: string;
  @Property({ type: 'string', length: 20 }) status!: string;
  @Property({ type: 'date' }) appointedOn!: string;
  @Property({ type: 'string', length: 15, nullable: true }) npwp?: string | null;
  @Property({ type: 'bigint' }) thtBalance!: number;
  @Property({ type: 'date' }) thtBalanceAsOf!: string;

  /** When the record last changed (a database trigger keeps it current): the block's provenance. */
  @Property({ type: 'datetime', defaultRaw: 'now()' }) updatedAt?: Date;
}
