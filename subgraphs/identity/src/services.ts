// The identity subgraph's services, built once per process with their dependencies; resolvers get them
// through their constructors (schema.ts), requests pass their scope (request-scope.ts) per call.
import type { Platform } from '#platform/runtime';
import { AccountResetService } from './modules/account-reset/account-reset.service';
import { AdminService } from './modules/admin/admin.service';
import type { AgencyDirectory } from './modules/agency/agency-check.client';
import { KioskService } from './modules/kiosk/kiosk.service';
import { OtpService } from './modules/otp/otp.service';
import { RegistrationService } from './modules/registration/registration.service';
import { SessionService } from './modules/session/session.service';
import { ManualOtpService } from './modules/staff/manual-otp.service';
import { ConsentService } from './modules/consent/consent.service';
import { PartnerService } from './modules/partner/partner.service';
import { PersonService } from './modules/person/person.service';
import { AccountService } from './modules/account/account.service';
import { AccessLogService } from './modules/access-log/access-log.service';
import { DashboardService } from './modules/dashboard/dashboard.service';

export function otpServiceFor(platform: Platform): OtpService {
  const { config } = platform;
  return new OtpService(platform.kv, config.otpHmacSecret, {
    sendsPerIpPerHour: config.OTP_SENDS_PER_IP_PER_HOUR,
    verificationsPerIpPerHour: config.OTP_VERIFICATIONS_PER_IP_PER_HOUR,
  });
}

export function createIdentityServices(platform: Platform, agencies: AgencyDirectory) {
  const { kv, config, issuer } = platform;
  const otp = otpServiceFor(platform);
  const sessions = new SessionService({ kv, issuer, config, otp });
  return {
    persons: new PersonService(),
    accounts: new AccountService(),
    accessLog: new AccessLogService(),
    dashboards: new DashboardService(),
    otp,
    sessions,
    registrations: new RegistrationService({ kv, config, otp, sessions, agencies }),
    manualOtps: new ManualOtpService({ otp }),
    accountResets: new AccountResetService({ kv, config, agencies, sessions }),
    kiosks: new KioskService({ issuer, otp }),
    admin: new AdminService({ kv }),
    consents: new ConsentService(),
    partners: new PartnerService(),
  };
}

export type IdentityServices = ReturnType<typeof createIdentityServices>;
