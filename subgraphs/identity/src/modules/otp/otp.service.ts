// OTP challenges on the key-value store (Redis or in-process; both atomic where it matters).
//
// A challenge is one JSON record with the code's HMAC. Attempts are counted with an atomic
// increment BEFORE the code is compared, so five wrong codes lock the challenge however they
// arrive (in sequence, concurrently, or as many aliases of one GraphQL request). A right code is
// consumed with set-if-absent, so it works once. Codes: 5 minutes (manual ones 24 hours); a
// resend after 60 s; at most 5 codes per destination per hour and a per-address budget.
import { randomUUID } from 'node:crypto';
import type { Caller } from '#platform/auth/caller';
import type { KeyValueStore } from '#platform/kv/kv';
import { OtpExpiredError, OtpInvalidError, OtpLockedError, RateLimitedError } from '#platform/errors';
import { consume, hashed } from '#platform/kv/rate-limit';
import { codeMatches, generateCode, hashCode } from './otp.codes';
import type { OtpChannel } from '../common/enums';

export const OTP_TTL_SECONDS = 5 * 60;
export const MANUAL_OTP_TTL_SECONDS = 24 * 60 * 60;
export const RESEND_AFTER_SECONDS = 60;
export const MAX_ATTEMPTS = 5;
export const CODES_PER_DESTINATION_PER_HOUR = 5;

export type OtpPurpose = 'REGISTRATION_EMAIL' | 'REGISTRATION_PHONE' | 'STEP_UP' | 'KIOSK_SESSION';
export type OtpChannelName = OtpChannel;

export interface ChallengeRecord {
  id: string;
  purpose: OtpPurpose;
  /** Whose challenge it is: a registration id or an account id. */
  subject: string;
  channel: OtpChannelName;
  /** Full e-mail or E.164 phone (never shown: clients see it masked). */
  destination: string;
  hash: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  resendAvailableAt: number | null;
}

export interface IssuedChallenge {
  challenge: ChallengeRecord;
  /** The plain code, for the message (or, for manual codes, the officer) only. */
  code: string;
}

export interface OtpLimits {
  sendsPerIpPerHour: number;
  verificationsPerIpPerHour: number;
}

/** Who asks for a code: registrations are public (their address), step-up and kiosk codes belong to their subject. */
export function requesterOf(purpose: OtpPurpose, subject: string, clientIp: string): string {
  return purpose === 'REGISTRATION_EMAIL' || purpose === 'REGISTRATION_PHONE' ? `ip:${clientIp}` : `subject:${subject}`;
}

/** The start of a kiosk session challenge's subject: `kiosk:<kiosk id>:<account id>`. */
export const kioskSubjectPrefix = (kioskId: string) => `kiosk:${kioskId}:`;

/**
 * Who may have a challenge's code sent again: registration codes whoever holds the registration (it is public),
 * a step-up code only its account, a kiosk code only the kiosk that started it. Anyone else learns nothing of the
 * challenge, as if it had expired.
 */
export function mayResend(challenge: Pick<ChallengeRecord, 'purpose' | 'subject'>, caller: Caller): boolean {
  if (challenge.purpose === 'STEP_UP') return caller.kind === 'participant' && challenge.subject === caller.accountId;
  if (challenge.purpose === 'KIOSK_SESSION') return caller.kind === 'kiosk-device' && challenge.subject.startsWith(kioskSubjectPrefix(caller.kioskId));
  return true;
}

export const otpChallengeKey = (id: string) => `otp:challenge:${id}`;
const attemptsKey = (id: string) => `otp:attempts:${id}`;
const usedKey = (id: string) => `otp:used:${id}`;
const HOUR = 3600;

export class OtpService {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly secret: string,
    private readonly limits: OtpLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new challenge with a fresh code, within the per-address and per-destination limits. */
  async issue(input: { purpose: OtpPurpose; subject: string; channel: 'EMAIL' | 'SMS'; destination: string; clientIp: string }): Promise<IssuedChallenge> {
    await this.chargeSend(input.purpose, input.subject, input.destination, input.clientIp);
    return this.create({ ...input, ttlSeconds: OTP_TTL_SECONDS, resend: true });
  }

  /** A code an officer hands over (24 hours, no resend); the caller records and audits it. */
  issueManual(input: { purpose: OtpPurpose; subject: string; destination: string }): Promise<IssuedChallenge> {
    return this.create({ ...input, channel: 'MANUAL', ttlSeconds: MANUAL_OTP_TTL_SECONDS, resend: false });
  }

  async resend(challengeId: string, clientIp: string, caller: Caller): Promise<IssuedChallenge> {
    const current = await this.load(challengeId);
    if (!current || current.channel === 'MANUAL' || !mayResend(current, caller)) throw new OtpExpiredError();
    if (Number((await this.kv.get(attemptsKey(challengeId))) ?? 0) >= MAX_ATTEMPTS) throw new OtpLockedError();
    const now = this.now();
    if (current.resendAvailableAt && now < current.resendAvailableAt) {
      throw new RateLimitedError((current.resendAvailableAt - now) / 1000, 'A new code can be sent a little later.');
    }
    await this.chargeSend(current.purpose, current.subject, current.destination, clientIp);
    const code = generateCode();
    const challenge: ChallengeRecord = {
      ...current,
      hash: hashCode(this.secret, current.id, code),
      expiresAt: now + OTP_TTL_SECONDS * 1000,
      resendAvailableAt: now + RESEND_AFTER_SECONDS * 1000,
    };
    await this.kv.set(otpChallengeKey(current.id), JSON.stringify(challenge), OTP_TTL_SECONDS);
    return { challenge, code };
  }

  /** The challenge as stored, or null when it expired or never existed. */
  async load(challengeId: string): Promise<ChallengeRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(challengeId)) return null;
    const raw = await this.kv.get(otpChallengeKey(challengeId));
    if (!raw) return null;
    const record = JSON.parse(raw) as ChallengeRecord;
    return record.expiresAt > this.now() ? record : null;
  }

  /**
   * Checks a code; on success the challenge is spent. `expect` binds the challenge to its use
   * (purpose and subject): a challenge of something else is treated as expired.
   */
  async verify(challengeId: string, code: string, expect: { purpose: OtpPurpose; subject: string }, clientIp: string): Promise<ChallengeRecord> {
    await consume(this.kv, `otp:verify-ip:${clientIp}`, this.limits.verificationsPerIpPerHour, HOUR);
    const challenge = await this.load(challengeId);
    if (!challenge || challenge.purpose !== expect.purpose || challenge.subject !== expect.subject) {
      throw new OtpExpiredError();
    }
    const attempts = await this.kv.increment(attemptsKey(challengeId), this.attemptsTtl(challenge));
    if (attempts > MAX_ATTEMPTS) throw new OtpLockedError();
    if (!codeMatches(this.secret, challengeId, code, challenge.hash)) throw new OtpInvalidError(MAX_ATTEMPTS - attempts);
    const first = await this.kv.setIfAbsent(usedKey(challengeId), '1', this.attemptsTtl(challenge));
    if (!first) throw new OtpExpiredError();
    await this.kv.delete(otpChallengeKey(challengeId));
    return challenge;
  }

  private async create(input: {
    purpose: OtpPurpose;
    subject: string;
    channel: OtpChannelName;
    destination: string;
    ttlSeconds: number;
    resend: boolean;
  }): Promise<IssuedChallenge> {
    const id = randomUUID();
    const code = generateCode();
    const now = this.now();
    const challenge: ChallengeRecord = {
      id,
      purpose: input.purpose,
      subject: input.subject,
      channel: input.channel,
      destination: input.destination,
      hash: hashCode(this.secret, id, code),
      expiresAt: now + input.ttlSeconds * 1000,
      resendAvailableAt: input.resend ? now + RESEND_AFTER_SECONDS * 1000 : null,
    };
    await this.kv.set(otpChallengeKey(id), JSON.stringify(challenge), input.ttlSeconds);
    return { challenge, code };
  }

  /**
   * Budgets per purpose and per requester: codes to one destination are counted for each purpose apart, and
   * for each requester of it (the registration's client address, the account for a step-up, the kiosk and
   * account for a kiosk session), so a stranger's registrations never spend the person's step-up or kiosk codes.
   */
  private async chargeSend(purpose: OtpPurpose, subject: string, destination: string, clientIp: string): Promise<void> {
    await consume(this.kv, `otp:send-ip:${clientIp}`, this.limits.sendsPerIpPerHour, HOUR);
    await consume(
      this.kv,
      `otp:send-dest:${purpose}:${hashed(`${destination}|${requesterOf(purpose, subject, clientIp)}`)}`,
      CODES_PER_DESTINATION_PER_HOUR,
      HOUR,
      'Too many codes were sent to this address in the last hour. Try again later.',
    );
  }

  /** Attempts outlive the code (a resend keeps the count), so a lock cannot be waited out by resending. */
  private attemptsTtl(challenge: ChallengeRecord): number {
    return Math.max(HOUR, Math.ceil((challenge.expiresAt - this.now()) / 1000)) + OTP_TTL_SECONDS;
  }
}
