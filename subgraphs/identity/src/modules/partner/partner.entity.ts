import { ArrayType, Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import type { ConsentScopeName as ConsentScope } from '#domain/consent-scope';

/** A partner app registered by a hub admin; its client secret is kept only as a SHA-256 hash. */
@Entity({ tableName: 'partner' })
export class PartnerRecord extends BaseEntity {
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 64, unique: true }) clientId!: string;
  @Property({ type: 'string', length: 64, hidden: true }) secretHash!: string;
  @Property({ type: ArrayType, columnType: 'text[]' }) scopes: ConsentScope[] = [];
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'datetime', nullable: true }) disabledAt?: Date | null;
  @Property({ type: 'string', length: 500, nullable: true }) disabledReason?: string | null;
  @Property({ type: 'string', length: 120, nullable: true }) disabledBy?: string | null;
  @Property({ type: 'datetime', nullable: true }) secretRotatedAt?: Date | null;
}
