import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshTokenRecord } from './refresh-token.entity';

export interface RotatedToken {
  accountId: string;
  familyId: string;
}

export class RefreshTokenRepository {
  constructor(private readonly em: EntityManager) {}

  async insert(row: { accountId: string; familyId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    this.em.create(RefreshTokenRecord, { ...row, createdAt: new Date() });
    await this.em.flush();
  }

  /** Spends a live token in one statement, so two concurrent uses cannot both succeed. */
  async spend(tokenHash: string): Promise<RotatedToken | null> {
    const rows = await this.em.getConnection().execute<Array<{ account_id: string; family_id: string }>>(
      `update identity.refresh_token set used_at = now()
        where token_hash = ? and used_at is null and revoked_at is null and expires_at > now()
        returning account_id, family_id`,
      [tokenHash],
      'all',
      this.em.getTransactionContext(),
    );
    return rows[0] ? { accountId: rows[0].account_id, familyId: rows[0].family_id } : null;
  }

  findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    return this.em.findOne(RefreshTokenRecord, { tokenHash });
  }

  /** Marks every live token of the family as used (the new token replaces them). */
  async supersedeFamily(familyId: string): Promise<void> {
    await this.em.nativeUpdate(RefreshTokenRecord, { familyId, usedAt: null, revokedAt: null }, { usedAt: new Date() });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.em.nativeUpdate(RefreshTokenRecord, { familyId, revokedAt: null }, { revokedAt: new Date() });
  }

  /** Revokes every token of the account; returns the families (sessions) that were live. */
  async revokeAccount(accountId: string): Promise<string[]> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ family_id: string }>>(
        `update identity.refresh_token set revoked_at = now() where account_id = ? and revoked_at is null returning family_id`,
        [accountId],
        'all',
        this.em.getTransactionContext(),
      );
    return [...new Set(rows.map((row) => row.family_id))];
  }
}
