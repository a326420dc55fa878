import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ConsentScopeName as ConsentScope } from '#domain/consent-scope';

/** A person's consent that a partner reads some field groups of their data, for a purpose, until an expiry or revocation. */
@Entity({ tableName: 'consent' })
export class ConsentRecord {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 16 }) nik!: string;
  @Property({ type: 'uuid' }) accountId!: string;
  @Property({ type: 'uuid' }) partnerId!: string;
  @Property({ type: ArrayType, columnType: 'text[]' }) scopes: ConsentScope[] = [];
  @Property({ type: 'string', length: 500 }) purpose!: string;
  @Property({ type: 'datetime' }) grantedAt: Date = new Date();
  @Property({ type: 'datetime', nullable: true }) expiresAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) revokedAt?: Date | null;
}
