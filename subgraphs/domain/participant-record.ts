// What every agency keeps of a participant, whatever its own key (NIP, KPJ): the MikroORM base of the agencies'
// participant entities (each in its own schema's `participant` table).
import { Property } from '@mikro-orm/core';

export abstract class AgencyParticipantRecord {
  /** One record per NIK in each agency. */
  @Property({ type: 'string', length: 16, unique: true }) nik!: string;
  @Property({ type: 'string', length: 200 }) fullName!: string;
  @Property({ type: 'date' }) birthDate!: string;

  /** When the record last changed (a database trigger keeps it current): the block's provenance (RecordSource). */
  @Property({ type: 'datetime', defaultRaw: 'now()' }) updatedAt?: Date;
}
