import type { GraphQLSchema } from 'graphql';
import { protect } from '#platform/auth/shield';
import { buildFederatedSchema } from '#platform/federation/subgraph-schema';
import { AccountResolver } from './modules/account/account.resolver';
import { AccountResetResolver } from './modules/account-reset/account-reset.resolver';
import { OtpResolver } from './modules/otp/otp.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { PeopleResolver } from './modules/person/people.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { RegistrationResolver } from './modules/registration/registration.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { ManualOtpResolver } from './modules/staff/manual-otp.resolver';
import { identityRules } from './rules';

export const identityResolvers = [
  PersonResolver, PeopleResolver, AccountResolver, RegistrationResolver, OtpResolver, SessionResolver, ManualOtpResolver, AccountResetResolver,
] as const;

export async function buildIdentitySchema(): Promise<GraphQLSchema> {
  const schema = await buildFederatedSchema({
    resolvers: [...identityResolvers],
    references: { Person: { __resolveReference: resolvePersonReference } },
  });
  return protect(schema, identityRules);
}
