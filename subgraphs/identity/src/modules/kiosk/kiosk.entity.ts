import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';

/** An MPP kiosk registered by a hub admin; only the SHA-256 hash of its device token is kept. */
@Entity({ tableName: 'kiosk' })
export class KioskRecord extends BaseEntity {
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 300 }) location!: string;
  @Property({ type: 'string', length: 64, unique: true, hidden: true }) tokenHash!: string;
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'datetime', nullable: true }) revokedAt?: Date | null;
  @Property({ type: 'string', length: 500, nullable: true }) revokedReason?: string | null;
  @Property({ type: 'string', length: 120, nullable: true }) revokedBy?: string | null;

  /** The last request of the kiosk or one of its sessions (written at most once a minute). */
  @Property({ type: 'datetime', nullable: true }) lastSeenAt?: Date | null;
}
