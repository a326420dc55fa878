import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '#platform/federation/subgraph-schema';
import { resolvePersonReference } from './modules/person/person.reference';
import { PersonResolver } from './modules/person/person.resolver';

export function buildIdentitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [PersonResolver],
    references: { Person: { __resolveReference: resolvePersonReference } },
  });
}
