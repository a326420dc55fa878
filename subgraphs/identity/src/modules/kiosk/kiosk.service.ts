// MPP kiosks. A hub admin registers a kiosk and installs its device token (a long-lived signed token
// of caller kind 'kiosk-device'; only its hash is kept, so a revoked or replaced kiosk is refused).
// The device token alone reads nobody's data: a walk-in participant types their NIK, receives an SMS
// code on their account's phone, and the kiosk trades it for a 5-minute token of kind 'kiosk' for
// that person alone.
import type { RequestScope } from '../../request-scope';
import { createHash, randomUUID } from 'node:crypto';
import type { Caller } from '#platform/auth/caller';
import type { TokenIssuer } from '#platform/auth/tokens';
import { ForbiddenError, OtpExpiredError, UnauthenticatedError } from '#platform/errors';
import { requireText } from '#platform/validation/require';
import { requireNik } from '#domain/require-identifiers';
import { AccountRecord } from '../account/account.entity';
import { queueCode } from '../otp/otp.messages';
import { kioskSubjectPrefix, type OtpService } from '../otp/otp.service';
import { toOtpChallenge, type OtpChallenge } from '../otp/otp.type';
import { KioskRecord } from './kiosk.entity';
import type { KioskDevice, KioskRegistrationInput, KioskSession, RegisteredKiosk } from './kiosk.type';

export const KIOSK_DEVICE_TOKEN_SECONDS = 365 * 24 * 3600;
export const KIOSK_SESSION_SECONDS = 5 * 60;
const NO_ACCOUNT = 'none-';
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
const subjectOf = (kioskId: string, accountId: string) => `${kioskSubjectPrefix(kioskId)}${accountId}`;

export interface KioskDeps {
  issuer: TokenIssuer;
  otp: OtpService;
}

export class KioskService {
  constructor(private readonly deps: KioskDeps) {}

  async register(scope: RequestScope, caller: Caller, input: KioskRegistrationInput): Promise<RegisteredKiosk> {
    if (caller.kind !== 'staff') throw new ForbiddenError();
    const name = requireText('name', input.name, 200);
    const location = requireText('location', input.location, 300);
    const id = randomUUID();
    const { token } = await this.deps.issuer.issue({ kind: 'kiosk-device', kioskId: id, kioskName: name }, KIOSK_DEVICE_TOKEN_SECONDS);
    scope.em.create(KioskRecord, { id, name, location, tokenHash: sha256(token), createdBy: caller.accountId, createdAt: new Date() });
    await scope.em.flush();
    return { id, name, location, deviceToken: token };
  }

  /** The calling kiosk's own name and location (a revoked or replaced device token is refused). */
  async describe(scope: RequestScope, caller: Caller): Promise<KioskDevice> {
    const { id, name, location } = await this.activeKiosk(scope, caller);
    return { id, name, location };
  }

  async startSession(scope: RequestScope, caller: Caller, rawNik: string): Promise<OtpChallenge> {
    const kiosk = await this.activeKiosk(scope, caller);
    const nik = requireNik('nik', rawNik).nik;
    const found = await scope.em.getRepository(AccountRecord).findActiveByNik(nik);
    const account = found && found.kind === 'PARTICIPANT' && found.phone ? found : null;
    // The same answer whether or not the NIK has an account with a phone: for none, a challenge whose code
    // goes nowhere (verifying it fails like a wrong code; no destination, so a resend sends nothing either).
    // The destination is never shown, masked or not (toOtpChallenge), here or on a resend.
    return scope.em.transactional(async (em) => {
      const issued = await this.deps.otp.issue({
        purpose: 'KIOSK_SESSION',
        subject: subjectOf(kiosk.id, account?.id ?? `${NO_ACCOUNT}${sha256(nik).slice(0, 16)}`),
        channel: 'SMS',
        destination: account?.phone ?? '',
        clientIp: scope.clientIp,
      });
      await queueCode(em, issued);
      return toOtpChallenge(issued.challenge);
    });
  }

  async verifySession(scope: RequestScope, caller: Caller, challengeId: string, code: string): Promise<KioskSession> {
    const kiosk = await this.activeKiosk(scope, caller);
    const challenge = await this.deps.otp.load(challengeId);
    if (!challenge || challenge.purpose !== 'KIOSK_SESSION' || !challenge.subject.startsWith(kioskSubjectPrefix(kiosk.id))) throw new OtpExpiredError();
    await this.deps.otp.verify(challengeId, code, { purpose: 'KIOSK_SESSION', subject: challenge.subject }, scope.clientIp);
    const accountId = challenge.subject.slice(kioskSubjectPrefix(kiosk.id).length);
    if (accountId.startsWith(NO_ACCOUNT)) throw new OtpExpiredError();
    const account = await scope.em.getRepository(AccountRecord).findActiveById(accountId);
    if (!account || !account.nik) throw new OtpExpiredError();
    const { token, expiresAt } = await this.deps.issuer.issue(
      { kind: 'kiosk', kioskId: kiosk.id, kioskName: kiosk.name, accountId: account.id, nik: account.nik, sessionId: randomUUID() },
      KIOSK_SESSION_SECONDS,
    );
    return { accessToken: token, expiresAt };
  }

  /** The calling kiosk, registered, not revoked, and presenting its current device token. */
  private async activeKiosk(scope: RequestScope, caller: Caller): Promise<KioskRecord> {
    if (caller.kind === 'anonymous') throw new UnauthenticatedError();
    if (caller.kind !== 'kiosk-device') throw new ForbiddenError('Only a registered kiosk starts kiosk sessions.');
    const token = scope.bearerToken ?? '';
    const kiosk = await scope.em.findOne(KioskRecord, { id: caller.kioskId, revokedAt: null });
    if (!kiosk || kiosk.tokenHash !== sha256(token)) throw new UnauthenticatedError('This kiosk is not registered any more.');
    return kiosk;
  }
}
