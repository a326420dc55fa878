import { Entity, EntityRepositoryType, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { RefreshTokenRepository } from './refresh-token.repository';

/**
 * An opaque refresh token, stored only as its SHA-256. Tokens of one sign-in share a family
 * (the session id in access tokens); each use rotates the token, and a used one coming back
 * revokes the whole family.
 */
@Entity({ tableName: 'refresh_token', repository: () => RefreshTokenRepository })
export class RefreshTokenRecord extends BaseEntity {
  [EntityRepositoryType]?: RefreshTokenRepository;

  @Property({ type: 'uuid' }) accountId!: string;
  @Property({ type: 'uuid' }) familyId!: string;
  @Property({ type: 'string', length: 64 }) tokenHash!: string;
  @Property({ type: 'datetime' }) expiresAt!: Date;
  @Property({ type: 'datetime', nullable: true }) usedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) revokedAt?: Date | null;
}
