import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '#platform/federation/subgraph-schema';
import { Person } from './modules/person/person.type';
import { resolvePersonReference } from './modules/person/person.reference';
import { TaspenPersonResolver } from './modules/person/person.resolver';

export function buildTaspenSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [TaspenPersonResolver],
    orphanedTypes: [Person],
    references: { Person: { __resolveReference: resolvePersonReference } },
  });
}
