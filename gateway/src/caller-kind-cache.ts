// The gateway's early check of a bearer token. The signature check (EdDSA, issuer, audience, expiry) is
// remembered per token, because it cost more CPU than the rest of a small query's trip through the gateway;
// revocation (logout, account reset) is asked of the key-value store on every request, so a revoked token
// is refused with 401 at once. Every subgraph verifies the token again in full.
import type { TokenVerifier, VerifiedToken } from '#platform/auth/tokens';

interface Entry {
  verified: VerifiedToken;
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
    let verified = this.entries.get(authorization);
    if (verified && verified.until <= now) {
      this.entries.delete(authorization);
      verified = undefined;
    }
    if (!verified) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw new Error('malformed authorization header');
      const checked = await this.verifier.verifySignature(match[1]);
      verified = { verified: checked, until: Math.min(checked.expiresAt, now + this.options.ttlMs) };
      if (verified.until > now) {
        if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(authorization, verified);
      }
    }
    await this.verifier.assertNotRevoked(verified.verified);
    return verified.verified.caller.kind;
  }
}
