// The identity service: accounts, OTP, sessions, staff, and the Person entity's own fields.
// The agencies' error codes (CONSENT_REQUIRED, …) register with the platform as this loads, so formatError passes them.
import '#domain/errors';
import { mountDocumentRoutes } from '#platform/documents/document-routes';
import { mountAccessLogRoutes } from '#platform/audit/access-log-routes';
import { mountRevocationRoutes } from '#platform/auth/revocation-routes';
import { startServiceOutbox } from '#platform/messaging/delivery';
import { mountOutboxRoutes } from '#platform/messaging/outbox-routes';
import type { ServiceDefinition } from '#platform/service';
import type { GeneratedPerson } from '#domain/seed/generator';
import { createIdentityContext, type IdentityContext } from './context';
import { noteKioskSeen } from './modules/kiosk/kiosk-presence';
import { migrations } from './migrations';
import { AccountRecord } from './modules/account/account.entity';
import { AccountResetTicketRecord } from './modules/account-reset/account-reset.entity';
import { agencyDirectory } from './modules/agency/agency-check.client';
import { PersonRecord } from './modules/person/person.entity';
import { RegistrationRecord } from './modules/registration/registration.entity';
import { RefreshTokenRecord } from './modules/session/refresh-token.entity';
import { ManualOtpRecord } from './modules/staff/manual-otp.entity';
import { ConsentRecord } from './modules/consent/consent.entity';
import { mountAccountRoutes } from './modules/account/account.routes';
import { mountConsentRoutes } from './modules/consent/consent.routes';
import { KioskRecord } from './modules/kiosk/kiosk.entity';
import { PartnerRecord } from './modules/partner/partner.entity';
import { mountPartnerRoutes } from './modules/partner/partner.routes';
import { buildIdentitySchema } from './schema';
import { seedIdentity } from './seed';
import { seedGeneratedPersons } from './seed-generated';

export const identityEntities = [
  PersonRecord,
  AccountRecord,
  RegistrationRecord,
  RefreshTokenRecord,
  ManualOtpRecord,
  AccountResetTicketRecord,
  PartnerRecord,
  ConsentRecord,
  KioskRecord,
];

export const identityService: ServiceDefinition<IdentityContext, GeneratedPerson> = {
  name: 'identity',
  dbSchema: 'identity',
  entities: identityEntities,
  migrations,
  ownsPlatformSchema: true,
  buildSchema: (platform) => buildIdentitySchema(platform),
  createContext: (base, em, platform) => createIdentityContext(base, em, platform, agencyDirectory(platform)),
  onRequest: (ctx, { orm, platform }) => void noteKioskSeen(orm.em.fork(), platform, ctx.caller),
  routes: (app, deps) => {
    mountPartnerRoutes(app, deps);
    mountConsentRoutes(app, deps);
    mountAccountRoutes(app, deps);
    mountDocumentRoutes(app, deps);
    mountAccessLogRoutes(app, deps);
    mountRevocationRoutes(app, deps);
    mountOutboxRoutes(app, deps, 'identity');
  },
  seed: (em, platform) => seedIdentity(em, platform),
  seedGenerated: (people, db) => seedGeneratedPersons(people, db),
  workers: ({ platform }) => [startServiceOutbox(platform, 'identity')],
};
