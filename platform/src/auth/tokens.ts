// Access tokens: short-lived EdDSA JWTs. Identity issues them; every subgraph verifies them itself.
import { createLocalJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { z } from 'zod';
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
  constructor(
    private readonly keys: KeyRing,
    private readonly settings: TokenSettings,
  ) {}

  async issue(caller: TokenClaims, ttlSeconds = ACCESS_TOKEN_SECONDS): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const subject = caller.kind === 'partner' ? caller.partnerId : caller.kind === 'kiosk-device' ? caller.kioskId : caller.accountId;
    // iatMs: the issue time in milliseconds, for kiosk and partner revocation marks (principal-revocation.ts).
    const payload: JWTPayload = { ...caller, iatMs: Date.now() };
    const token = await new SignJWT(payload)
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

const id = z.string().min(1);
/** A claim that may be absent: anything but a string reads as null. */
const optionalText = z.string().nullable().catch(null);

/** The claims of each kind of caller; unknown claims are dropped, a missing or mistyped one refuses the token. */
const callerClaims = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), accountId: id, nik: id, sessionId: id, stepUpAt: z.number().nullable().catch(null) }),
  z.object({
    kind: z.literal('staff'),
    accountId: id,
    email: id,
    sessionId: id,
    roles: z.array(z.string()),
    agency: optionalText,
    branch: optionalText,
  }),
  z.object({ kind: z.literal('partner'), partnerId: id, name: id, scopes: z.array(z.string()) }),
  z.object({ kind: z.literal('kiosk'), kioskId: id, kioskName: id, accountId: id, nik: id, sessionId: id }),
  z.object({ kind: z.literal('kiosk-device'), kioskId: id, kioskName: id }),
]);

function toCaller(payload: JWTPayload): TokenClaims | null {
  const parsed = callerClaims.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
