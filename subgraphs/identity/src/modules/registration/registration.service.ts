// Registration as a state machine stored in identity.registration (24 hours to finish):
// VERIFY_EMAIL → PROVIDE_IDENTITY → SET_PHONE → VERIFY_PHONE → SET_PASSWORD → DONE.
// Every transition locks the row and re-checks the step, so a step cannot be taken twice or out of order.
import type { RequestScope } from '../../request-scope';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '#platform/config';
import { BadInputError, NotFoundError } from '#platform/errors';
import { IdentityMismatchError, NikAlreadyRegisteredError } from '#domain/errors';
import type { KeyValueStore } from '#platform/kv/kv';
import { enqueueMessage } from '#platform/messaging/outbox';
import { requireDate, requireEmail, requirePhone, requireText } from '#platform/validation/require';
import { requireKpj, requireNik, requireNip } from '#domain/require-identifiers';
import { AccountRecord } from '../account/account.entity';
import { isUniqueViolation } from '#platform/db/sql';
import { hashPassword } from '../account/password';
import { passwordProblem } from '../account/account.rules';
import type { AgencyDirectory, IdentityClaim } from '../agency/agency-check.client';
import { Agency, RegistrationStep } from '../common/enums';
import { consume, hashed } from '#platform/kv/rate-limit';
import { queueCode } from '../otp/otp.messages';
import type { OtpService } from '../otp/otp.service';
import { toOtpChallenge } from '../otp/otp.type';
import { PersonRecord } from '../person/person.entity';
import { approvedResetOf } from '../account-reset/account-reset.service';
import type { SessionService } from '../session/session.service';
import type { AuthTokens } from '../session/session.type';
import { REGISTRATION_TTL_HOURS, RegistrationRecord } from './registration.entity';
import type { RegistrationIdentityInput, StartRegistrationInput } from './registration.inputs';
import type { RegistrationProgress } from './registration.type';

/** Wrong identities one registration may try before it has to wait (guessing birth dates is not a game). */
const IDENTITY_ATTEMPTS = 5;
/**
 * Wrong identities for one NIK a day, whatever the registration or address: the NIK gives away the NIP's birth
 * date and gender, leaving only its appointment month and serial to guess, five tries at a time in as many
 * registrations as a stranger can start. Past it the NIK's identity step waits, the right identity too.
 */
const IDENTITY_FAILURES_PER_NIK = 20;
const IDENTITY_FAILURES_WINDOW_SECONDS = 24 * 3600;

export interface RegistrationDeps {
  kv: KeyValueStore;
  config: HubConfig;
  otp: OtpService;
  sessions: SessionService;
  agencies: AgencyDirectory;
}

const emailInUse = () => new BadInputError('email', 'This e-mail address already has an account. Sign in instead.');

export class RegistrationService {
  constructor(private readonly deps: RegistrationDeps) {}

  async start(scope: RequestScope, input: StartRegistrationInput): Promise<RegistrationProgress> {
    const email = requireEmail('email', input.email);
    // Answered the same whether or not the address has an account: its owner is told by e-mail instead of
    // getting a code, so the answer does not say who has an account here.
    const taken = await scope.em.getRepository(AccountRecord).emailTaken(email);
    return scope.em.transactional(async (em) => {
      const registration = em.create(RegistrationRecord, {
        agency: input.agency,
        email,
        nextStep: RegistrationStep.VERIFY_EMAIL,
        createdAt: new Date(),
        expiresAt: new Date(Date.now() + REGISTRATION_TTL_HOURS * 3_600_000),
      });
      const issued = await this.deps.otp.issue({
        purpose: 'REGISTRATION_EMAIL',
        subject: registration.id,
        channel: 'EMAIL',
        destination: email,
        clientIp: scope.clientIp,
      });
      registration.challengeId = issued.challenge.id;
      await em.flush();
      if (taken) await queueAccountExistsNotice(em, email);
      else await queueCode(em, issued);
      return { registrationId: registration.id, nextStep: registration.nextStep, challenge: toOtpChallenge(issued.challenge) };
    });
  }

  async verifyOtp(scope: RequestScope, registrationId: string, code: string): Promise<RegistrationProgress> {
    return scope.em.transactional(async (em) => {
      const registration = await this.live(em, registrationId, true);
      const step = registration.nextStep;
      if (step !== RegistrationStep.VERIFY_EMAIL && step !== RegistrationStep.VERIFY_PHONE) throw outOfOrder(step);
      await this.deps.otp.verify(
        registration.challengeId ?? '',
        code,
        { purpose: step === RegistrationStep.VERIFY_EMAIL ? 'REGISTRATION_EMAIL' : 'REGISTRATION_PHONE', subject: registration.id },
        scope.clientIp,
      );
      registration.nextStep = step === RegistrationStep.VERIFY_EMAIL ? RegistrationStep.PROVIDE_IDENTITY : RegistrationStep.SET_PASSWORD;
      registration.challengeId = null;
      await em.flush();
      return { registrationId: registration.id, nextStep: registration.nextStep, challenge: null };
    });
  }

  async provideIdentity(scope: RequestScope, registrationId: string, identity: RegistrationIdentityInput): Promise<RegistrationProgress> {
    const registration = await this.live(scope.em, registrationId);
    if (registration.nextStep !== RegistrationStep.PROVIDE_IDENTITY) throw outOfOrder(registration.nextStep);
    const claim = this.claimFor(registration.agency, identity);
    const nik = requireNik('nik', identity.nik, { birthDate: claim.birthDate });
    // Every try costs an attempt, and NIK_ALREADY_REGISTERED comes only after the whole identity matched:
    // a NIK alone does not tell whether someone has an account.
    await consume(
      this.deps.kv,
      `registration:identity:${registration.id}`,
      IDENTITY_ATTEMPTS,
      REGISTRATION_TTL_HOURS * 3600,
      'Too many identity attempts for this registration. Try again later.',
    );
    // Each try takes one of the NIK's failures before the check (so concurrent guesses cannot all slip under it)
    // and a match gives it back.
    const failures = `registration:identity-failures:${hashed(claim.nik)}`;
    await consume(
      this.deps.kv,
      failures,
      IDENTITY_FAILURES_PER_NIK,
      IDENTITY_FAILURES_WINDOW_SECONDS,
      'Too many identity attempts for this NIK today. Try again tomorrow.',
    );
    const result = await this.deps.agencies.check(registration.agency, claim);
    if (!result.match) throw new IdentityMismatchError();
    await this.deps.kv.increment(failures, IDENTITY_FAILURES_WINDOW_SECONDS, -1);
    if (await scope.em.getRepository(AccountRecord).nikTaken(claim.nik)) throw new NikAlreadyRegisteredError();
    const reset = await approvedResetOf(scope.em, claim.nik);
    if (reset && reset.newEmail !== registration.email) throw resetContactsOnly('email');
    return scope.em.transactional(async (em) => {
      const locked = await this.live(em, registrationId, true);
      if (locked.nextStep !== RegistrationStep.PROVIDE_IDENTITY) throw outOfOrder(locked.nextStep);
      Object.assign(locked, {
        nik: claim.nik,
        fullName: result.fullName,
        birthDate: result.birthDate,
        gender: result.gender ?? nik.gender,
        nip: claim.nip ?? null,
        kpj: claim.kpj ?? null,
        membership: identity.membership ?? null,
        nextStep: RegistrationStep.SET_PHONE,
      });
      await em.flush();
      return { registrationId: locked.id, nextStep: locked.nextStep, challenge: null };
    });
  }

  async setPhone(scope: RequestScope, registrationId: string, rawPhone: string): Promise<RegistrationProgress> {
    const phone = requirePhone('phone', rawPhone);
    return scope.em.transactional(async (em) => {
      const registration = await this.live(em, registrationId, true);
      // At VERIFY_PHONE the number may still be changed (a mistyped number never gets its code).
      if (registration.nextStep !== RegistrationStep.SET_PHONE && registration.nextStep !== RegistrationStep.VERIFY_PHONE) {
        throw outOfOrder(registration.nextStep);
      }
      const reset = registration.nik ? await approvedResetOf(em, registration.nik) : null;
      if (reset && reset.newPhone !== phone) throw resetContactsOnly('phone');
      const issued = await this.deps.otp.issue({
        purpose: 'REGISTRATION_PHONE',
        subject: registration.id,
        channel: 'SMS',
        destination: phone,
        clientIp: scope.clientIp,
      });
      Object.assign(registration, { phone, challengeId: issued.challenge.id, nextStep: RegistrationStep.VERIFY_PHONE });
      await em.flush();
      await queueCode(em, issued);
      return { registrationId: registration.id, nextStep: registration.nextStep, challenge: toOtpChallenge(issued.challenge) };
    });
  }

  async complete(scope: RequestScope, registrationId: string, password: string): Promise<AuthTokens> {
    const pending = await this.live(scope.em, registrationId);
    if (pending.nextStep !== RegistrationStep.SET_PASSWORD) throw outOfOrder(pending.nextStep);
    const problem = passwordProblem(password, pending.email);
    if (problem) throw new BadInputError('password', problem);
    const passwordHash = await hashPassword(password);
    try {
      return await scope.em.transactional(async (em) => {
        const registration = await this.live(em, registrationId, true);
        if (registration.nextStep !== RegistrationStep.SET_PASSWORD) throw outOfOrder(registration.nextStep);
        const accounts = em.getRepository(AccountRecord);
        if (await accounts.nikTaken(registration.nik!)) throw new NikAlreadyRegisteredError();
        if (await accounts.emailTaken(registration.email)) throw emailInUse();
        const account = em.create(AccountRecord, {
          kind: 'PARTICIPANT',
          email: registration.email,
          phone: registration.phone,
          passwordHash,
          nik: registration.nik,
          roles: [],
          createdAt: new Date(),
        });
        await em.getRepository(PersonRecord).insertIfNew({
          nik: registration.nik!,
          fullName: registration.fullName!,
          birthDate: registration.birthDate!,
          gender: registration.gender!,
        });
        Object.assign(registration, { nextStep: RegistrationStep.DONE, accountId: account.id, completedAt: new Date() });
        const reset = await approvedResetOf(em, registration.nik!);
        if (reset) {
          if (reset.newEmail !== registration.email || reset.newPhone !== registration.phone) throw resetContactsOnly('email');
          reset.usedAt = new Date();
        }
        await em.flush();
        return this.deps.sessions.start(em, account);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'account_nik_active_uq')) throw new NikAlreadyRegisteredError();
      if (isUniqueViolation(error, 'account_email_active_uq')) throw emailInUse();
      throw error;
    }
  }

  private async live(em: EntityManager, registrationId: string, lock = false): Promise<RegistrationRecord> {
    const registration = await em.getRepository(RegistrationRecord).findLive(registrationId, lock);
    if (!registration) throw new NotFoundError('The registration (it may have expired after 24 hours)');
    return registration;
  }

  /** Validates the identity fields the agency needs; each problem names its field. */
  private claimFor(agency: Agency, identity: RegistrationIdentityInput): IdentityClaim {
    const birthDate = requireDate('birthDate', identity.birthDate);
    const fullName = requireText('fullName', identity.fullName, 200);
    const nik = requireNik('nik', identity.nik).nik;
    if (agency === Agency.TASPEN) {
      if (!identity.nip) throw new BadInputError('nip', 'NIP is required for a Taspen registration.');
      return { nik, fullName, birthDate, nip: requireNip('nip', identity.nip).nip };
    }
    if (!identity.kpj) throw new BadInputError('kpj', 'KPJ is required for a BPJS Ketenagakerjaan registration.');
    return { nik, fullName, birthDate, kpj: requireKpj('kpj', identity.kpj), membership: identity.membership ?? null };
  }
}

async function queueAccountExistsNotice(em: EntityManager, email: string): Promise<void> {
  await enqueueMessage(em, {
    channel: 'EMAIL',
    to: email,
    subject: 'Pendaftaran akun dengan alamat e-mail Anda',
    body:
      'Seseorang mencoba mendaftar akun baru dengan alamat e-mail ini, yang sudah memiliki akun. Jika itu Anda, silakan masuk. ' +
      'Jika bukan, abaikan pesan ini. / Someone tried to register a new account with this address, which already has one. ' +
      'If it was you, sign in instead; otherwise ignore this message.',
    kind: 'REGISTRATION_EXISTS',
  });
}

/** After an approved account reset, the NIK registers again only with the contacts the ticket named. */
function resetContactsOnly(field: 'email' | 'phone'): BadInputError {
  return new BadInputError(field, 'After an account reset, register with the e-mail address and phone number given in the reset request.');
}

function outOfOrder(step: RegistrationStep): BadInputError {
  return step === RegistrationStep.DONE
    ? new BadInputError('registrationId', 'This registration is already complete. Sign in instead.')
    : new BadInputError('registrationId', `This step is out of order: the registration's next step is ${step}.`);
}
