import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '#platform/federation/subgraph-schema';
import { Person } from './modules/person/person.type';
import { resolvePersonReference } from './modules/person/person.reference';
import { BpjsTkPersonResolver } from './modules/person/person.resolver';

export function buildBpjsTkSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [BpjsTkPersonResolver],
    orphanedTypes: [Person],
    references: { Person: { __resolveReference: resolvePersonReference } },
  });
}
