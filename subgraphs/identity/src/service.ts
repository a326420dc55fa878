// The identity service: accounts, OTP, sessions, staff, and the Person entity's own fields.
import type { ServiceDefinition } from '#platform/service';
import { createLoaders, type IdentityContext } from './context';
import { migrations } from './migrations';
import { PersonRecord } from './modules/person/person.entity';
import { buildIdentitySchema } from './schema';
import { seedIdentity } from './seed';

export const identityService: ServiceDefinition<IdentityContext> = {
  name: 'identity',
  dbSchema: 'identity',
  entities: [PersonRecord],
  migrations,
  buildSchema: () => buildIdentitySchema(),
  createContext: (base, em, platform) => ({
    ...base,
    em,
    loaders: createLoaders(em),
    devOpenPersonReads: !platform.config.production,
  }),
  seed: (em) => seedIdentity(em),
};
