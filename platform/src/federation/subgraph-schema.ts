// Federation glue for type-graphql (which has no federation helper of its own): build the
// type-graphql schema, print it with directives, add the @link header, and hand it to
// @apollo/subgraph with the reference resolvers.
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { protect, type Rules } from '../auth/shield';
import { placeInputPaths } from './input-paths';
import { resolverContainer } from './resolver-container';
import { DateTimeScalar } from './scalars';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override", "@tag"])';

/** The root types have no decorator to carry a description: every subgraph gives them the same one here. */
const ROOT_DESCRIPTIONS = {
  query: 'What clients read: the signed-in account, people by NIK with their agency records, and staff lists.',
  mutation: 'What clients change: registration and sign-in, consents, submissions and claims, and staff decisions.',
};

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** The resolvers built once around their services (constructor injection); the others are made with a plain `new`. */
  instances?: readonly object[];
  /** `__resolveReference` (and any other hand-written resolvers) per entity type name. */
  references?: GraphQLResolverMap<unknown>;
  /** The subgraph's access rules (graphql-shield), applied over the whole schema. */
  rules: Rules;
}

/** The reference resolver of an entity this subgraph only adds fields to: its key is all it needs. */
export const keyOnlyReference = { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) };

export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: resolverContainer(options.instances),
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    skipCheck: true,
    validate: false,
  });
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const generated = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  const resolvers: GraphQLResolverMap<unknown> = { ...generated };
  for (const [typeName, extra] of Object.entries(options.references ?? {})) {
    // A reference resolver belongs to an object type: its generated field resolvers stay beside it.
    resolvers[typeName] = Object.assign({}, generated[typeName], extra);
  }
  return protect(placeInputPaths(buildSubgraphSchema({ typeDefs, resolvers })), options.rules);
}
