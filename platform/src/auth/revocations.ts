// Revocation that lasts: logout, refresh-family reuse and account reset (which disables the account) are
// written to PostgreSQL (`platform.revocation`) as well as to the key-value store, so they hold across
// restarts of an in-process store and in every service that checks tokens. The identity service owns the
// table: it writes it and reads it through its own pool (PostgresRevocations); every other verifier (the
// gateway and the other services) asks identity over a signed internal call (HttpRevocations → revocation-routes.ts).
// Both read through a small cache (a few seconds), batched per token: one look-up for the session and the account.
import { Pool } from 'pg';
import { ServiceUnavailableError } from '../errors';
import type { InternalClient } from '../http/internal';

/** How long a verifier may remember an answer from the database. */
export const REVOCATION_CACHE_MS = 3_000;

export const sessionSubject = (sessionId: string) => `session:${sessionId}`;
export const accountSubject = (accountId: string) => `account:${accountId}`;

import { pgArray, type Queryable } from '../db/sql';

export type { Queryable };

export const REVOCATIONS_PATH = '/internal/revocations';
/** Subjects one look-up may ask for (a token names two: its session and its account). */
export const MAX_SUBJECTS = 20;

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

/** The owner's read of the table: epoch seconds of the revoked ones among `subjects`. */
export async function readRevocations(db: Queryable, subjects: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ subject: string; at: number }>(
    `select subject, extract(epoch from revoked_at)::float8 as at from platform.revocation where subject = any($1::text[])`,
    [pgArray(subjects)],
  );
  return new Map(rows.map((row) => [row.subject, Math.floor(Number(row.at))]));
}

/** Answers remembered for REVOCATION_CACHE_MS; what is not remembered is looked up in one batch. */
abstract class CachedRevocations implements RevocationSource {
  private readonly cache = new Map<string, { at: number | null; until: number }>();

  constructor(private readonly now: () => number) {}

  /** The look-up itself; throws ServiceUnavailableError when the list cannot be read. */
  protected abstract lookUp(subjects: string[]): Promise<Map<string, number>>;

  abstract close(): Promise<void>;

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
    const found = await this.lookUp(missing);
    if (this.cache.size > 50_000) this.cache.clear();
    for (const subject of missing) {
      const at = found.get(subject) ?? null;
      this.cache.set(subject, { at, until: now + REVOCATION_CACHE_MS });
      if (at !== null) answer.set(subject, at);
    }
    return answer;
  }
}

/** The owner's (identity's) verifier: the table through a small pool of its own. */
export class PostgresRevocations extends CachedRevocations {
  private pool: Pool | null = null;

  constructor(
    private readonly databaseUrl: string,
    now: () => number = Date.now,
  ) {
    super(now);
  }

  protected async lookUp(subjects: string[]): Promise<Map<string, number>> {
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
    try {
      return await readRevocations(this.pool, subjects);
    } catch {
      // Not knowing whether a token was revoked is an outage, not a bad token: the caller retries, not signs in.
      throw new ServiceUnavailableError('The revocation list');
    }
  }

  async close(): Promise<void> {
    await this.pool?.end();
    this.pool = null;
  }
}

/** Every other verifier's: identity's answer over a signed internal call. */
export class HttpRevocations extends CachedRevocations {
  constructor(
    private readonly owner: InternalClient,
    now: () => number = Date.now,
  ) {
    super(now);
  }

  protected async lookUp(subjects: string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (let i = 0; i < subjects.length; i += MAX_SUBJECTS) {
      let answer: { revoked: Array<[string, number]> };
      try {
        answer = await this.owner.post<{ revoked: Array<[string, number]> }>(REVOCATIONS_PATH, { subjects: subjects.slice(i, i + MAX_SUBJECTS) }, 2_000);
      } catch {
        // Identity or its database cannot answer: an outage, as for the owner's own look-up.
        throw new ServiceUnavailableError('The revocation list');
      }
      for (const [subject, at] of answer.revoked) found.set(subject, at);
    }
    return found;
  }

  async close(): Promise<void> {}
}
