// Signing in and staying signed in: login (throttled per account and per address), sessions as
// refresh-token families rotated on every use (a reused token revokes its family), logout, and
// step-up (a code texted to the account's phone, recorded as `stepUpAt` in new tokens).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import { ACCESS_TOKEN_SECONDS, revokedAccountKey, revokedSessionKey, type TokenClaims, type TokenIssuer } from '#platform/auth/tokens';
import type { HubConfig } from '#platform/config';
import { announceMark } from '#platform/auth/revocation-marks';
import { accountSubject, recordRevocation, sessionSubject } from '#platform/auth/revocations';
import { entityManagerQueryable } from '#platform/db/sql';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '#platform/errors';
import type { KeyValueStore } from '#platform/kv/kv';
import { consume, ensureBelow, hashed } from '#platform/kv/rate-limit';
import type { RequestScope } from '../../request-scope';
import { AccountRecord } from '../account/account.entity';
import { toAccount } from '../account/account.service';
import { verifyAgainstNothing, verifyPassword } from '../account/password';
import { queueCode } from '../otp/otp.messages';
import type { OtpService } from '../otp/otp.service';
import { toOtpChallenge, type OtpChallenge } from '../otp/otp.type';
import { RefreshTokenRecord } from './refresh-token.entity';
import { cancelOpenResets } from '../account-reset/account-reset.service';
import type { AuthTokens } from './session.type';

export const REFRESH_TOKEN_DAYS = 30;
const LOGIN_WINDOW_SECONDS = 15 * 60;
const WRONG_CREDENTIALS = 'E-mail or password is not correct.';
/** Revocation marks only need to outlive the access tokens they stop. */
const MARK_SECONDS = ACCESS_TOKEN_SECONDS + 60;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface SessionDeps {
  kv: KeyValueStore;
  issuer: TokenIssuer;
  config: HubConfig;
  otp: OtpService;
}

export function claimsFor(account: AccountRecord, sessionId: string, stepUpAt: number | null = null): TokenClaims {
  if (account.kind === 'STAFF') {
    return {
      kind: 'staff',
      accountId: account.id,
      email: account.email,
      roles: [...account.roles],
      agency: account.agency ?? null,
      branch: account.branch ?? null,
      sessionId,
    };
  }
  return { kind: 'participant', accountId: account.id, nik: account.nik!, sessionId, stepUpAt };
}

export class SessionService {
  constructor(private readonly deps: SessionDeps) {}

  /** Issues an access token and a refresh token in `familyId` (a new session when absent), on `em`. */
  async start(em: EntityManager, account: AccountRecord, options: { familyId?: string; stepUpAt?: number | null } = {}): Promise<AuthTokens> {
    const familyId = options.familyId ?? randomUUID();
    const refreshToken = `rt_${randomBytes(32).toString('base64url')}`;
    await em.getRepository(RefreshTokenRecord).add({
      accountId: account.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
    });
    const { token, expiresAt } = await this.deps.issuer.issue(claimsFor(account, familyId, options.stepUpAt ?? null));
    return { accessToken: token, refreshToken, expiresAt, account: toAccount(account) };
  }

  async login(scope: RequestScope, rawEmail: string, password: string): Promise<AuthTokens> {
    const { kv, config } = this.deps;
    const { em, clientIp } = scope;
    const email = rawEmail.trim().toLowerCase();
    if (!email) throw new BadInputError('email', 'Enter your e-mail address.');
    const ipKey = `login:ip-failures:${clientIp}`;
    const accountKey = `login:account:${hashed(email)}`;
    await ensureBelow(kv, ipKey, config.LOGIN_FAILURES_PER_IP, LOGIN_WINDOW_SECONDS, 'Too many failed sign-ins from here. Try again later.');
    await consume(kv, accountKey, config.LOGIN_ATTEMPTS_PER_ACCOUNT, LOGIN_WINDOW_SECONDS, 'Too many sign-in attempts for this account. Try again later.');
    const account = await em.getRepository(AccountRecord).findActiveByEmail(email);
    const ok = account ? await verifyPassword(account.passwordHash, password) : await verifyAgainstNothing(password);
    if (!account || !ok) {
      await kv.increment(ipKey, LOGIN_WINDOW_SECONDS);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await kv.delete(accountKey);
    // Signing in is how the holder stops a reset someone else asked for.
    if (account.nik) await cancelOpenResets(em, account.nik);
    return this.start(em, account);
  }

  async refresh(scope: Pick<RequestScope, 'em'>, refreshToken: string): Promise<AuthTokens> {
    const tokenHash = sha256(refreshToken.trim());
    const tokens = scope.em.getRepository(RefreshTokenRecord);
    const spent = await tokens.spend(tokenHash);
    if (!spent) {
      const known = await tokens.findByHash(tokenHash);
      // A token that was already used is coming back: someone holds a copy. End the whole session.
      if (known?.usedAt && !known.revokedAt) await this.endSession(scope.em, known.familyId);
      throw new UnauthenticatedError('The refresh token is not valid. Sign in again.');
    }
    const account = await scope.em.getRepository(AccountRecord).findActiveById(spent.accountId);
    if (!account) throw new UnauthenticatedError('The refresh token is not valid. Sign in again.');
    return this.start(scope.em, account, { familyId: spent.familyId });
  }

  async logout(scope: Pick<RequestScope, 'em'>, caller: Caller): Promise<boolean> {
    if (caller.kind !== 'participant' && caller.kind !== 'staff' && caller.kind !== 'kiosk') throw new UnauthenticatedError();
    await this.endSession(scope.em, caller.sessionId);
    return true;
  }

  async requestStepUp(scope: RequestScope, caller: Caller): Promise<OtpChallenge> {
    if (caller.kind !== 'participant') throw new ForbiddenError();
    const account = await scope.em.getRepository(AccountRecord).findActiveById(caller.accountId);
    if (!account) throw new UnauthenticatedError();
    if (!account.phone) throw new ForbiddenError('This account has no phone number to send a code to.');
    return scope.em.transactional(async (em) => {
      const issued = await this.deps.otp.issue({
        purpose: 'STEP_UP',
        subject: account.id,
        channel: 'SMS',
        destination: account.phone!,
        clientIp: scope.clientIp,
      });
      await queueCode(em, issued);
      return toOtpChallenge(issued.challenge);
    });
  }

  async verifyStepUp(scope: RequestScope, caller: Caller, challengeId: string, code: string): Promise<AuthTokens> {
    if (caller.kind !== 'participant') throw new ForbiddenError();
    await this.deps.otp.verify(challengeId, code, { purpose: 'STEP_UP', subject: caller.accountId }, scope.clientIp);
    const account = await scope.em.getRepository(AccountRecord).findActiveById(caller.accountId);
    if (!account) throw new UnauthenticatedError();
    await scope.em.getRepository(RefreshTokenRecord).supersedeFamily(caller.sessionId);
    return this.start(scope.em, account, { familyId: caller.sessionId, stepUpAt: Math.floor(Date.now() / 1000) });
  }

  /** Ends every session of an account now (account reset): refresh tokens and live access tokens. */
  async revokeAccount(accountId: string, em: EntityManager): Promise<void> {
    const at = Math.floor(Date.now() / 1000);
    await em.getRepository(RefreshTokenRecord).revokeAccount(accountId);
    await recordRevocation(entityManagerQueryable(em), accountSubject(accountId), at);
    await announceMark(this.deps.kv, revokedAccountKey(accountId), String(at), MARK_SECONDS);
  }

  private async endSession(em: EntityManager, familyId: string): Promise<void> {
    await em.getRepository(RefreshTokenRecord).revokeFamily(familyId);
    await recordRevocation(entityManagerQueryable(em), sessionSubject(familyId), Math.floor(Date.now() / 1000));
    await announceMark(this.deps.kv, revokedSessionKey(familyId), '1', MARK_SECONDS);
  }
}
