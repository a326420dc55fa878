import { randomUUID } from 'node:crypto';
import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { RefreshTokenRepository } from './refresh-token.repository';

/**
 * An opaque refresh token, stored only as its SHA-256. Tokens of one sign-in share a family
 * (the session id in access tokens); each use rotates the token, and a used one coming back
 * revokes the whole family.
 */
@Entity({ tableName: 'refresh_token', repository: () => RefreshTokenRepository })
export class RefreshTokenRecord {
  [EntityRepositoryType]?: RefreshTokenRepository;

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) accountId!: string;
  @Property({ type: 'uuid' }) familyId!: string;
  @Property({ type: 'string', length: 64 }) tokenHash!: string;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ type: 'datetime' }) expiresAt!: Date;
  @Property({ type: 'datetime', nullable: true }) usedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) revokedAt?: Date | null;
}
