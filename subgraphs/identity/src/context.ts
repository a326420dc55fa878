// The per-request state of the identity service: the caller, an EntityManager fork, DataLoaders,
// and the services (built per request around that fork).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseContext } from '#platform/context';
import { loaderByKey } from '#platform/db/loaders';
import type { Platform } from '#platform/runtime';
import { AccountRecord } from './modules/account/account.entity';
import { AccountResetService } from './modules/account-reset/account-reset.service';
import type { AgencyDirectory } from './modules/agency/agency-check.client';
import { OtpService } from './modules/otp/otp.service';
import { PersonRepository } from './modules/person/person.repository';
import { RegistrationService } from './modules/registration/registration.service';
import { SessionService } from './modules/session/session.service';
import { ManualOtpService } from './modules/staff/manual-otp.service';

export interface IdentityContext extends BaseContext {
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
  services: ReturnType<typeof createServices>;
}

export function createLoaders(em: EntityManager) {
  const persons = new PersonRepository(em);
  return {
    personByNik: loaderByKey((niks: readonly string[]) => persons.findByNiks(niks), (row) => row.nik),
    accountById: loaderByKey((ids: readonly string[]) => em.find(AccountRecord, { id: { $in: [...ids] } }), (row) => row.id),
  };
}

export function otpServiceFor(platform: Platform): OtpService {
  const { config } = platform;
  return new OtpService(platform.kv, config.otpHmacSecret, {
    sendsPerIpPerHour: config.OTP_SENDS_PER_IP_PER_HOUR,
    verificationsPerIpPerHour: config.OTP_VERIFICATIONS_PER_IP_PER_HOUR,
  });
}

export function createServices(em: EntityManager, platform: Platform, agencies: AgencyDirectory, clientIp: string) {
  const { kv, config, issuer } = platform;
  const otp = otpServiceFor(platform);
  const sessions = new SessionService({ em, kv, issuer, config, otp });
  return {
    otp,
    sessions,
    registrations: new RegistrationService({ em, kv, config, otp, sessions, agencies, clientIp }),
    manualOtps: new ManualOtpService({ em, otp }),
    accountResets: new AccountResetService({ em, kv, config, agencies, sessions, clientIp }),
  };
}
