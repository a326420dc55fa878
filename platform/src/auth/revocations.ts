// Revocation that lasts: logout, refresh-family reuse and account reset (which disables the account) are
// written to PostgreSQL (`platform.revocation`) as well as to the key-value store, so they hold across
// restarts of an in-process store and in every service that checks tokens. Verifiers read them through a
// small cache (a few seconds), batched per token: one statement for the session and the account.
import { Pool } from 'pg';
import { ServiceUnavailableError } from '../errors';

/** How long a verifier may remember an answer from the database. */
export const REVOCATION_CACHE_MS = 3_000;

export const sessionSubject = (sessionId: string) => `session:${sessionId}`;
export const accountSubject = (accountId: string) => `account:${accountId}`;

import type { Queryable } from '../db/sql';

export type { Queryable };

/** Writes a revocation inside the caller's transaction (epoch seconds; the latest one wins). */
export async function recordRevocation(db: Queryable, subject: string, atSeconds: number): Promise<void> {
  await db.query(
    `insert into platform.revocation (subject, revoked_at) values ($1, to_timestamp($2))
     on conflict (subject) do update set revoked_at = greatest(platform.revocation.revoked_at, excluded.revoked_at)`,
    [subject, atSeconds],
  );
}

export interface RevocationSource {
  /** Epoch seconds of each subject's revocation, for those revoked. */
  revokedAt(subjects: string[]): Promise<Map<string, number>>;
  close(): Promise<void>;
}

export class PostgresRevocations implements RevocationSource {
  private pool: Pool | null = null;
  private readonly cache = new Map<string, { at: number | null; until: number }>();

  constructor(
    private readonly databaseUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  async revokedAt(subjects: string[]): Promise<Map<string, number>> {
    const now = this.now();
    const answer = new Map<string, number>();
    const missing: string[] = [];
    for (const subject of subjects) {
      const cached = this.cache.get(subject);
      if (cached && cached.until > now) {
        if (cached.at !== null) answer.set(subject, cached.at);
      } else missing.push(subject);
    }
    if (!missing.length) return answer;
    // Bounded like every service pool: a stalled database fails this lookup in seconds instead of holding the request.
    if (!this.pool) {
      this.pool = new Pool({
        connectionString: this.databaseUrl,
        max: 2,
        idleTimeoutMillis: 10_000,
        allowExitOnIdle: true,
        connectionTimeoutMillis: 1_500,
        query_timeout: 2_000,
      });
      // A lost idle connection is replaced on the next lookup; unheard, its error would end the process.
      this.pool.on('error', () => undefined);
    }
    let rows: Array<{ subject: string; at: number }>;
    try {
      ({ rows } = await this.pool.query<{ subject: string; at: number }>(
        `select subject, extract(epoch from revoked_at)::float8 as at from platform.revocation where subject = any($1)`,
        [missing],
      ));
    } catch {
      // Not knowing whether a token was revoked is an outage, not a bad token: the caller retries, not signs in.
      throw new ServiceUnavailableError('The revocation list');
    }
    const found = new Map(rows.map((row) => [row.subject, Math.floor(Number(row.at))]));
    if (this.cache.size > 50_000) this.cache.clear();
    for (const subject of missing) {
      const at = found.get(subject) ?? null;
      this.cache.set(subject, { at, until: now + REVOCATION_CACHE_MS });
      if (at !== null) answer.set(subject, at);
    }
    return answer;
  }

  async close(): Promise<void> {
    await this.pool?.end();
    this.pool = null;
  }
}
