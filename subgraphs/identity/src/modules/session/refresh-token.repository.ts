import { EntityRepository } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { RefreshTokenRecord } from './refresh-token.entity';

export interface RotatedToken {
  accountId: string;
  familyId: string;
}

export class RefreshTokenRepository extends EntityRepository<RefreshTokenRecord> {
  async add(row: { accountId: string; familyId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    this.create({ ...row, createdAt: new Date() });
    await this.em.flush();
  }

  /**
   * Spends a live token in one statement, so two concurrent uses cannot both succeed. Raw SQL: a conditional
   * update with `returning` is that one statement; the ORM would read first and race.
   */
  async spend(tokenHash: string): Promise<RotatedToken | null> {
    const rows = await sqlOf(this.em)<{ account_id: string; family_id: string }>(
      `update identity.refresh_token set used_at = now()
        where token_hash = ? and used_at is null and revoked_at is null and expires_at > now()
        returning account_id, family_id`,
      [tokenHash],
    );
    return rows[0] ? { accountId: rows[0].account_id, familyId: rows[0].family_id } : null;
  }

  findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    return this.findOne({ tokenHash });
  }

  /** Marks every live token of the family as used (the new token replaces them). */
  async supersedeFamily(familyId: string): Promise<void> {
    await this.nativeUpdate({ familyId, usedAt: null, revokedAt: null }, { usedAt: new Date() });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.nativeUpdate({ familyId, revokedAt: null }, { revokedAt: new Date() });
  }

  /** Revokes every token of the account; returns the families (sessions) that were live. Raw SQL for `returning`, in one statement. */
  async revokeAccount(accountId: string): Promise<string[]> {
    const rows = await sqlOf(this.em)<{ family_id: string }>(
      `update identity.refresh_token set revoked_at = now() where account_id = ? and revoked_at is null returning family_id`,
      [accountId],
    );
    return [...new Set(rows.map((row) => row.family_id))];
  }
}
