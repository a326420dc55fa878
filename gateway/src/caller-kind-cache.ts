// The gateway's early check of a bearer token, remembered per token. The gateway only rejects forged or
// expired tokens early and learns the caller's kind (staff-only introspection); every subgraph verifies
// the token again in full, revocation included, so data access never depends on this cache. Verifying an
// EdDSA signature and asking the key-value store about revocation on every request cost more CPU than the
// rest of a small query's trip through the gateway.
import type { TokenVerifier } from '#platform/auth/tokens';

interface Entry {
  kind: string;
  /** Until when the entry may be used: the token's own expiry, capped at `ttlMs` from its check. */
  until: number;
}

export class CallerKindCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly options: { maxEntries: number; ttlMs: number } = { maxEntries: 10_000, ttlMs: 60_000 },
  ) {}

  /** The caller's kind; throws for a token the verifier refuses. */
  async kindOf(authorization: string): Promise<string> {
    const now = Date.now();
    const cached = this.entries.get(authorization);
    if (cached && cached.until > now) return cached.kind;
    if (cached) this.entries.delete(authorization);
    const caller = await this.verifier.fromHeader(authorization);
    const expiresAt = tokenExpiry(authorization) ?? now;
    const until = Math.min(expiresAt, now + this.options.ttlMs);
    if (until > now) {
      if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(authorization, { kind: caller.kind, until });
    }
    return caller.kind;
  }
}

/** The `exp` of a JWT the verifier has just accepted, in milliseconds. */
function tokenExpiry(authorization: string): number | null {
  const payload = authorization.trim().split(/\s+/)[1]?.split('.')[1];
  if (!payload) return null;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}
