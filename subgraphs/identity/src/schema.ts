import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema, keyOnlyReference } from '#platform/federation/subgraph-schema';
import { AccountResolver } from './modules/account/account.resolver';
import { AccountResetResolver } from './modules/account-reset/account-reset.resolver';
import { OtpResolver } from './modules/otp/otp.resolver';
// Loaded before person.resolver so that Person.accessLog precedes Person.id in the printed SDL (decorator order).
import { PersonAccessLogResolver } from './modules/access-log/access-log.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { PersonResolver } from './modules/person/person.resolver';
import { RegistrationResolver } from './modules/registration/registration.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { ManualOtpResolver } from './modules/staff/manual-otp.resolver';
import { identityRules } from './rules';
import type { Platform } from '#platform/runtime';
import { agencyDirectory } from './modules/agency/agency-check.client';
import { createIdentityServices, type IdentityServices } from './services';
import { ConsentResolver } from './modules/consent/consent.resolver';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { KioskResolver } from './modules/kiosk/kiosk.resolver';
import { PartnerResolver } from './modules/partner/partner.resolver';
import { AdminResolver } from './modules/admin/admin.resolver';

export const identityResolvers = [
  PersonResolver,
  AccountResolver,
  RegistrationResolver,
  OtpResolver,
  SessionResolver,
  ManualOtpResolver,
  AccountResetResolver,
  PartnerResolver,
  ConsentResolver,
  KioskResolver,
  PersonAccessLogResolver,
  DashboardResolver,
  AdminResolver,
] as const;

/** The resolvers that need services, built once per process around them (the others need none). */
function identityResolverInstances(s: IdentityServices): object[] {
  return [
    new PersonResolver(s.persons),
    new AccountResolver(s.accounts),
    new PersonAccessLogResolver(s.accessLog),
    new DashboardResolver(s.dashboards),
    new SessionResolver(s.sessions),
    new OtpResolver(s.otp),
    new RegistrationResolver(s.registrations),
    new ManualOtpResolver(s.manualOtps),
    new AccountResetResolver(s.accountResets),
    new KioskResolver(s.kiosks),
    new AdminResolver(s.admin),
    new ConsentResolver(s.consents),
    new PartnerResolver(s.partners),
  ];
}

export function buildIdentitySchema(platform?: Platform): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    instances: platform ? identityResolverInstances(createIdentityServices(platform, agencyDirectory(platform))) : [],
    resolvers: [...identityResolvers],
    references: {
      Person: { __resolveReference: resolvePersonReference },
      HubDashboard: keyOnlyReference,
    },
    rules: identityRules,
  });
}
