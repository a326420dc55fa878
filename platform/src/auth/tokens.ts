// Access tokens: short-lived EdDSA JWTs. Identity issues them; every subgraph verifies them itself.
import { createLocalJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { ServiceUnavailableError } from '../errors';
import type { KeyValueStore } from '../kv/kv';
import { ANONYMOUS, type Caller } from './caller';
import { principalMarkKey, revokedByMark } from './principal-revocation';
import { RevocationMarks } from './revocation-marks';
import type { KeyRing } from './keys';
import { accountSubject, sessionSubject, type RevocationSource } from './revocations';

export const ACCESS_TOKEN_SECONDS = 15 * 60;

export type TokenClaims = Exclude<Caller, { kind: 'anonymous' }>;

export interface TokenSettings {
  issuer: string;
  audience: string;
}

export class TokenIssuer {
  constructor(private readonly keys: KeyRing, private readonly settings: TokenSettings) {}

  async issue(caller: TokenClaims, ttlSeconds = ACCESS_TOKEN_SECONDS): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const subject = caller.kind === 'partner' ? caller.partnerId : caller.kind === 'kiosk-device' ? caller.kioskId : caller.accountId;
    // iatMs: the issue time in milliseconds, for kiosk and partner revocation marks (principal-revocation.ts).
    const token = await new SignJWT({ ...caller, iatMs: Date.now() } as unknown as JWTPayload)
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keys.access.kid, typ: 'at+jwt' })
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setSubject(subject)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(this.keys.access.privateKey);
    return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
  }
}

/** Keys for revocation marks, written by identity (logout, account reset) and read by every verifier. */
export const revokedSessionKey = (sessionId: string) => `revoked:session:${sessionId}`;
export const revokedAccountKey = (accountId: string) => `revoked:account:${accountId}`;

export class InvalidTokenError extends Error {}

export interface VerifiedToken {
  caller: Exclude<Caller, { kind: 'anonymous' }>;
  /** `iat`, epoch seconds. */
  issuedAt: number;
  /** `iatMs` (epoch milliseconds), or `iat` in milliseconds for a token without it. */
  issuedAtMs?: number;
  /** `exp`, epoch milliseconds. */
  expiresAt: number;
}

export class TokenVerifier {
  private readonly keySet;
  /** The key-value store's marks, remembered between announcements (revocation-marks.ts). */
  private readonly marks?: RevocationMarks;

  constructor(
    keys: KeyRing,
    private readonly settings: TokenSettings,
    kv?: KeyValueStore,
    /** Revocations kept in PostgreSQL (platform/auth/revocations.ts): they outlive the key-value store. */
    private readonly lasting?: RevocationSource,
  ) {
    this.keySet = createLocalJWKSet({ keys: keys.jwks.keys.filter((key) => key.kid === keys.access.kid) });
    this.marks = kv ? new RevocationMarks(kv) : undefined;
  }

  /** Returns the caller for a bearer token; throws InvalidTokenError for anything forged, expired or revoked. */
  async verify(token: string): Promise<Caller> {
    const verified = await this.verifySignature(token);
    await this.assertNotRevoked(verified);
    return verified.caller;
  }

  /**
   * Signature, algorithm, issuer, audience, type and expiry only: the part of a check that does not change
   * while the token lives, so a caller may remember it. Revocation is `assertNotRevoked`, every time.
   */
  async verifySignature(token: string): Promise<VerifiedToken> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet, {
        algorithms: ['EdDSA'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        typ: 'at+jwt',
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch {
      throw new InvalidTokenError('invalid token');
    }
    const caller = toCaller(payload);
    if (!caller) throw new InvalidTokenError('invalid token');
    const issuedAtMs = typeof payload.iatMs === 'number' ? payload.iatMs : (payload.iat ?? 0) * 1000;
    return { caller, issuedAt: payload.iat ?? 0, issuedAtMs, expiresAt: (payload.exp ?? 0) * 1000 };
  }

  /** Throws when the token's session or account was revoked (logout, account reset) after it was issued. */
  async assertNotRevoked({ caller, issuedAt, issuedAtMs }: VerifiedToken): Promise<void> {
    const principalKey = principalMarkKey(caller);
    if (!this.marks || (!('sessionId' in caller) && !principalKey)) return;
    let marks: Array<string | null>;
    try {
      marks = await this.marks.get([
        'sessionId' in caller ? revokedSessionKey(caller.sessionId) : null,
        'accountId' in caller ? revokedAccountKey(caller.accountId) : null,
        principalKey,
      ]);
    } catch (error) {
      // The key-value store is down: the signature, audience and expiry (15 minutes at most) still hold, so
      // reads go on during the outage instead of signing everyone out; a logout made just before the outage
      // is not enforced until the store is back (SECURITY.md, known limitations).
      if (error instanceof ServiceUnavailableError) return;
      throw error;
    }
    const [session, account, principal] = marks;
    if (session || (account && Number(account) >= issuedAt)) throw new InvalidTokenError('revoked');
    if (revokedByMark(principal, issuedAtMs ?? issuedAt * 1000)) throw new InvalidTokenError('revoked');
    if (!this.lasting || !('sessionId' in caller)) return;
    const kept = await this.lasting.revokedAt([sessionSubject(caller.sessionId), accountSubject(caller.accountId)]);
    const accountAt = kept.get(accountSubject(caller.accountId));
    if (kept.has(sessionSubject(caller.sessionId)) || (accountAt !== undefined && accountAt >= issuedAt)) throw new InvalidTokenError('revoked');
  }

  async fromHeader(header: string | undefined): Promise<Caller> {
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new InvalidTokenError('malformed authorization header');
    return this.verify(match[1]);
  }
}

function toCaller(p: JWTPayload): Exclude<Caller, { kind: 'anonymous' }> | null {
  const s = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  switch (p.kind) {
    case 'participant': {
      const [accountId, nik, sessionId] = [s('accountId'), s('nik'), s('sessionId')];
      if (!accountId || !nik || !sessionId) return null;
      return { kind: 'participant', accountId, nik, sessionId, stepUpAt: typeof p.stepUpAt === 'number' ? p.stepUpAt : null };
    }
    case 'staff': {
      const [accountId, email, sessionId] = [s('accountId'), s('email'), s('sessionId')];
      if (!accountId || !email || !sessionId || !Array.isArray(p.roles)) return null;
      return {
        kind: 'staff', accountId, email, sessionId,
        roles: p.roles as never, agency: (s('agency') as never) ?? null, branch: s('branch'),
      };
    }
    case 'partner': {
      const [partnerId, name] = [s('partnerId'), s('name')];
      if (!partnerId || !name || !Array.isArray(p.scopes)) return null;
      return { kind: 'partner', partnerId, name, scopes: p.scopes as never };
    }
    case 'kiosk': {
      const [kioskId, kioskName, accountId, nik, sessionId] = [s('kioskId'), s('kioskName'), s('accountId'), s('nik'), s('sessionId')];
      if (!kioskId || !kioskName || !accountId || !nik || !sessionId) return null;
      return { kind: 'kiosk', kioskId, kioskName, accountId, nik, sessionId };
    }
    case 'kiosk-device': {
      const [kioskId, kioskName] = [s('kioskId'), s('kioskName')];
      if (!kioskId || !kioskName) return null;
      return { kind: 'kiosk-device', kioskId, kioskName };
    }
    default:
      return null;
  }
}
