// Single-fetch fast path: when the query plan of an operation is one fetch from one subgraph (no entity
// jumps, no rewrites) and the client's document is valid against that subgraph's own schema, the gateway
// sends the client's document and variables to the subgraph as they are and answers with the subgraph's
// JSON, instead of running Apollo Gateway's executor (fetch-operation building and the walk over the
// response that reshapes it). The answer is the same: the subgraph resolves the very selection the client
// asked for.
//
// What the normal path does stays: the fetch goes through the same SubgraphDataSource (auth, purpose,
// request id and client address forwarded; in-flight deduplication; subgraph latency metric; errors tagged
// with the service, an unreachable subgraph as SERVICE_UNAVAILABLE; the subgraph's Cache-Control folded into
// the response's cache policy), and errors are formatted and masked as Apollo Server formats the executor's.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import { BREAK, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, validate, visit } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { GatewayContext, SubgraphDataSource } from './data-source';

export interface SingleFetchOptions {
  supergraphSdl: string;
  /** The gateway's data sources by subgraph name (filled as Apollo Gateway builds them). */
  dataSources: ReadonlyMap<string, SubgraphDataSource>;
  /** Apollo Server's formatError, applied to every error of a fast-path answer. */
  formatError(formatted: GraphQLFormattedError): GraphQLFormattedError;
  /** Operations whose route is remembered (the client operations need a few dozen). */
  maxEntries?: number;
  /** Builds the router (tests count the builds). */
  createRouter?(supergraphSdl: string, maxEntries?: number): SingleFetchRouter;
}

/** The subgraph that can answer an operation alone, or null when the operation needs the executor. */
export function singleFetchSubgraph(plan: QueryPlan): string | null {
  const node = plan.node;
  if (!node || node.kind !== 'Fetch') return null;
  if (node.requires?.length || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length || node.hasDefers) return null;
  return node.serviceName;
}

export class SingleFetchRouter {
  private readonly supergraph: Supergraph;
  private readonly apiSchema;
  private readonly planner: QueryPlanner;
  private readonly subgraphSchemas = new Map<string, GraphQLSchema>();
  private readonly routes = new Map<string, string | null>();

  constructor(
    supergraphSdl: string,
    private readonly maxEntries = 1_000,
  ) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = this.supergraph.apiSchema();
    this.planner = new QueryPlanner(this.supergraph);
  }

  /** The subgraph to forward the document to as it is, or null (decided once per document and operation). */
  route(query: string, document: DocumentNode, operationName: string | null | undefined): string | null {
    const key = `${operationName ?? ''}\n${query}`;
    const known = this.routes.get(key);
    if (known !== undefined) return known;
    const route = this.decide(document, operationName ?? undefined);
    if (this.routes.size >= this.maxEntries) this.routes.delete(this.routes.keys().next().value!);
    this.routes.set(key, route);
    return route;
  }

  private decide(document: DocumentNode, operationName: string | undefined): string | null {
    // Introspection is the gateway's own (its API schema, staff only in production), never a subgraph's.
    if (asksIntrospection(document)) return null;
    try {
      const operation = operationFromDocument(this.apiSchema, document, { operationName });
      if (operation.rootKind === 'subscription') return null;
      const name = singleFetchSubgraph(this.planner.buildQueryPlan(operation));
      if (!name) return null;
      return validate(this.subgraphSchema(name), document).length === 0 ? name : null;
    } catch {
      return null;
    }
  }

  private subgraphSchema(name: string): GraphQLSchema {
    let schema = this.subgraphSchemas.get(name);
    if (!schema) {
      const subgraph = this.supergraph.subgraphs().get(name);
      if (!subgraph) throw new Error(`no subgraph ${name}`);
      schema = subgraph.schema.toGraphQLJSSchema();
      this.subgraphSchemas.set(name, schema);
    }
    return schema;
  }
}

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

type SubgraphError = GraphQLFormattedError & { extensions?: Record<string, unknown> };

export function singleFetchFastPath(options: SingleFetchOptions): ApolloServerPlugin<GatewayContext> {
  // The router (a second supergraph, its API schema and a query planner) is built after the first operation
  // arrives, not at start: it took a twentieth of the hub's start-up CPU, and /ready does not need it.
  // Until it is there, operations take the executor, which answers the same.
  let router: SingleFetchRouter | null = null;
  let building = false;
  const routerOrBuild = (): SingleFetchRouter | null => {
    if (router || building) return router;
    building = true;
    setImmediate(() => {
      try {
        router = (options.createRouter ?? ((sdl, max) => new SingleFetchRouter(sdl, max)))(options.supergraphSdl, options.maxEntries);
      } catch {
        // No fast path then: every operation keeps the executor.
      }
    });
    return null;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext: GraphQLRequestContext<GatewayContext>) {
          const { request, document, operation, operationName, contextValue, schema } = requestContext;
          if (!request.query || !document || !operation) return null;
          const name = routerOrBuild()?.route(request.query, document, operationName);
          const source = name ? options.dataSources.get(name) : undefined;
          if (!source) return null;
          // Variables that do not fit the operation get the executor's answer (400, BAD_USER_INPUT).
          if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return null;
          const response = await source.process({
            kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
            request: { query: request.query, operationName: operationName ?? undefined, variables: request.variables ?? {} },
            // Apollo Server's request context and the gateway's interface type are two declarations of one object.
            // eslint-disable-next-line no-restricted-syntax -- to be typed with an adapter (issue 13)
            incomingRequestContext: requestContext as never,
            context: contextValue,
            document,
            pathInIncomingRequest: [],
          });
          // As the executor reports a subgraph's errors (no locations: they were the subgraph's; a code
          // always), then formatted and masked like every other error.
          const errors = (response.errors as SubgraphError[] | undefined)?.map((error) =>
            options.formatError({
              message: error.message,
              ...(error.path ? { path: error.path } : {}),
              extensions: { ...error.extensions, code: error.extensions?.code ?? 'DOWNSTREAM_SERVICE_ERROR', serviceName: name },
            }),
          );
          const singleResult = { ...(response.data !== undefined ? { data: response.data } : {}), ...(errors?.length ? { errors } : {}) };
          return { body: { kind: 'single' as const, singleResult }, http: { status: undefined, headers: new HeaderMap() } };
        },
      };
    },
  };
}
