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
//
// Two places take it: the plugin (responseForOperation, inside Apollo Server's pipeline) decides the route of
// each new document and answers it; `bypass`, an express handler in front of Apollo Server, answers a repeated
// POST of a document already routed so without Apollo Server's pipeline (its parse, validation and plugins
// ran for that document once, and their outcome depends on the document only), and leaves everything else,
// and every answer with errors or a cacheable policy, to Apollo Server.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { NextFunction, Request, Response } from 'express';
import { BREAK, Kind, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode, validate, visit } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { tracingOn } from '#platform/tracing/index';
import type { GatewayContext, SubgraphDataSource } from './data-source';
import type { GatewayMetrics } from './metrics';

export interface SingleFetchOptions {
  supergraphSdl: string;
  /** The gateway's data sources by subgraph name (filled as Apollo Gateway builds them). */
  dataSources: ReadonlyMap<string, SubgraphDataSource>;
  /** Apollo Server's formatError, applied to every error of a fast-path answer. */
  formatError(formatted: GraphQLFormattedError): GraphQLFormattedError;
  /** Operations whose route is remembered (the client operations need a few dozen). */
  maxEntries?: number;
  /** Counts the operations the fast path answers (hub_gateway_single_fetch_total). */
  metrics?: Pick<GatewayMetrics, 'singleFetch'>;
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

/** A document and operation the router has decided for: the subgraph that answers it alone, or null. */
export interface SingleFetchRoute {
  subgraph: string;
  /** The operation's own name (what the metrics label), whatever the client sent as `operationName`. */
  operationName: string | null;
  operation: OperationDefinitionNode;
  document: DocumentNode;
}

export class SingleFetchRouter {
  private readonly supergraph: Supergraph;
  private readonly apiSchema;
  private readonly planner: QueryPlanner;
  private readonly subgraphSchemas = new Map<string, GraphQLSchema>();
  private readonly routes = new Map<string, SingleFetchRoute | null>();
  /** The API schema as graphql-js sees it, for coercing variables outside Apollo Server's pipeline. */
  readonly schema: GraphQLSchema;

  constructor(
    supergraphSdl: string,
    private readonly maxEntries = 1_000,
  ) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = this.supergraph.apiSchema();
    this.planner = new QueryPlanner(this.supergraph);
    this.schema = this.apiSchema.toGraphQLJSSchema();
  }

  /**
   * The subgraph to forward the document to as it is, or null (decided once per document and the client's
   * `operationName`). Called after Apollo Server parsed, validated and resolved the operation.
   */
  route(query: string, document: DocumentNode, operationName: string | null | undefined, operation?: OperationDefinitionNode): string | null {
    const key = routeKey(query, operationName);
    const known = this.routes.get(key);
    if (known !== undefined) return known?.subgraph ?? null;
    const subgraph = this.decide(document, operationName ?? undefined);
    const chosen = operation ?? (subgraph ? operationOf(document, operationName) : undefined);
    const route = subgraph && chosen ? { subgraph, operationName: chosen.name?.value ?? null, operation: chosen, document } : null;
    if (this.routes.size >= this.maxEntries) this.routes.delete(this.routes.keys().next().value!);
    this.routes.set(key, route);
    return route?.subgraph ?? null;
  }

  /**
   * The route of a request seen before, without parsing: only documents that went through Apollo Server's
   * pipeline once (parsed, within the limits, valid, one operation resolved) have one.
   */
  known(query: string, operationName: string | null | undefined): SingleFetchRoute | null {
    return this.routes.get(routeKey(query, operationName)) ?? null;
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

const routeKey = (query: string, operationName: string | null | undefined) => `${operationName ?? ''}\n${query}`;

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((operation) => operation.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
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

/** What the subgraph said of its answer's lifetime (`Cache-Control`), as RemoteGraphQLDataSource reports it. */
type CacheHint = Parameters<GraphQLRequestContext<GatewayContext>['overallCachePolicy']['restrict']>[0];

/** The cache policy a fetch outside Apollo Server's pipeline restricts: it only records the hints. */
class CacheHints {
  readonly hints: CacheHint[] = [];

  restrict(hint: CacheHint): void {
    this.hints.push(hint);
  }

  /** Whether Apollo Server would call the answer cacheable (then it is left to Apollo Server). */
  get cacheable(): boolean {
    return this.hints.length > 0 && this.hints.every((hint) => (hint.maxAge ?? 0) > 0);
  }
}

/** An answer fetched ahead of Apollo Server's pipeline, handed to it (errors, cacheable answers). */
interface Prefetched {
  query: string;
  response: GatewayGraphQLResponse;
  hints: CacheHint[];
}

/**
 * The response content type Apollo Server picks for an `Accept` header (its negotiation), for the headers
 * clients send; any other `Accept` leaves the request to Apollo Server.
 */
const CONTENT_TYPES: Record<string, string> = {
  '': 'application/json; charset=utf-8',
  '*/*': 'application/json; charset=utf-8',
  'application/json': 'application/json; charset=utf-8',
  'application/graphql-response+json': 'application/graphql-response+json; charset=utf-8',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface SingleFetchBypassOptions {
  /** The gateway's context function (the token check); a request it refuses is left to Apollo Server. */
  context(args: { req: Request }): Promise<GatewayContext>;
  metrics: GatewayMetrics;
  /** Whether the whole-response cache may answer anonymous queries (then they are left to Apollo Server). */
  responseCache: boolean;
}

/**
 * The single-fetch fast path: a plugin of Apollo Server's pipeline (responseForOperation) and, in front of
 * Apollo Server, an express handler for repeated requests (`bypass`).
 */
export class SingleFetch {
  private router: SingleFetchRouter | null = null;
  private building = false;
  private readonly contexts = new WeakMap<Request, GatewayContext>();
  private readonly prefetched = new WeakMap<GatewayContext, Prefetched>();

  constructor(private readonly options: SingleFetchOptions) {}

  // The router (a second supergraph, its API schema and a query planner) is built after the first operation
  // arrives, not at start: it took a twentieth of the hub's start-up CPU, and /ready does not need it.
  // Until it is there, operations take the executor, which answers the same.
  private routerOrBuild(): SingleFetchRouter | null {
    if (this.router || this.building) return this.router;
    this.building = true;
    setImmediate(() => {
      try {
        this.router = (this.options.createRouter ?? ((sdl, max) => new SingleFetchRouter(sdl, max)))(this.options.supergraphSdl, this.options.maxEntries);
      } catch {
        // No fast path then: every operation keeps the executor.
      }
    });
    return null;
  }

  readonly plugin: ApolloServerPlugin<GatewayContext> = {
    requestDidStart: async () => ({
      responseForOperation: async (requestContext: GraphQLRequestContext<GatewayContext>) => {
        const { request, document, operation, contextValue, schema } = requestContext;
        if (!request.query || !document || !operation) return null;
        const prefetched = this.prefetched.get(contextValue);
        this.prefetched.delete(contextValue);
        const name = this.routerOrBuild()?.route(request.query, document, request.operationName, operation);
        const source = name ? this.options.dataSources.get(name) : undefined;
        if (!name || !source) return null;
        // Variables that do not fit the operation get the executor's answer (400, BAD_USER_INPUT).
        if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return null;
        let response: GatewayGraphQLResponse;
        if (prefetched?.query === request.query) {
          for (const hint of prefetched.hints) requestContext.overallCachePolicy.restrict(hint);
          response = prefetched.response;
        } else {
          response = await this.fetch(source, request, contextValue, requestContext);
        }
        this.options.metrics?.singleFetch.inc({ path: 'plugin' });
        return { body: { kind: 'single' as const, singleResult: this.result(response, name) }, http: { status: undefined, headers: new HeaderMap() } };
      },
    }),
  };

  /** The context function for Apollo Server: the context the bypass made already for this request, if any. */
  reuseContext(context: (args: { req: Request }) => Promise<GatewayContext>) {
    return (args: { req: Request }): Promise<GatewayContext> => {
      const made = this.contexts.get(args.req);
      return made ? Promise.resolve(made) : context(args);
    };
  }

  /**
   * An express handler before Apollo Server: a POST of a document whose route is known (it went through
   * Apollo Server's pipeline once: parsed, within the limits, valid, its operation resolved, one fetch) is
   * answered here with the subgraph's data — the caller's token checked by the same context function, the
   * variables coerced as the executor would, the same fetch, the request counted and timed as
   * useMetrics does, the same body and headers Apollo Server writes. Anything else, and every answer with
   * errors or that could be cached, goes on to Apollo Server (an answer already fetched with it, so the
   * subgraph is asked once).
   */
  bypass(options: SingleFetchBypassOptions) {
    return (req: Request, res: Response, next: NextFunction): void => {
      this.answer(req, res, options).then(
        (answered) => {
          if (!answered) next();
        },
        (error: unknown) => next(error),
      );
    };
  }

  private async answer(req: Request, res: Response, options: SingleFetchBypassOptions): Promise<boolean> {
    const router = this.router;
    if (!router || req.method !== 'POST' || tracingOn()) return false;
    const body: unknown = req.body;
    if (!isRecord(body) || typeof body.query !== 'string' || body.extensions !== undefined) return false;
    const { query, operationName, variables } = body;
    if ((operationName != null && typeof operationName !== 'string') || (variables != null && !isRecord(variables))) return false;
    const route = router.known(query, operationName);
    const source = route && this.options.dataSources.get(route.subgraph);
    const contentType = CONTENT_TYPES[req.headers.accept ?? ''];
    if (!route || !source || !contentType) return false;
    const started = process.hrtime.bigint();
    let contextValue: GatewayContext;
    try {
      contextValue = await options.context({ req });
    } catch {
      return false; // 401 or 503, as Apollo Server answers it
    }
    this.contexts.set(req, contextValue);
    if (options.responseCache && !contextValue.authorization && !contextValue.accessPurpose) return false;
    const request = { query, operationName: operationName ?? undefined, variables: variables ?? {} };
    if (getVariableValues(router.schema, route.operation.variableDefinitions ?? [], request.variables).errors) return false;
    const hints = new CacheHints();
    const response = await this.fetch(source, request, contextValue, { overallCachePolicy: hints });
    if (response.errors?.length || response.data == null || hints.cacheable) {
      this.prefetched.set(contextValue, { query, response, hints: hints.hints });
      return false;
    }
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-type', contentType);
    res.status(200).send(`${JSON.stringify({ data: response.data })}\n`);
    const operation = options.metrics.operationLabel(route.operationName);
    options.metrics.requests.inc({ operation, outcome: 'success' });
    options.metrics.latency.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
    options.metrics.singleFetch.inc({ path: 'http' });
    return true;
  }

  private fetch(
    source: SubgraphDataSource,
    request: { query?: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    contextValue: GatewayContext,
    incomingRequestContext: { overallCachePolicy: { restrict(hint: CacheHint): void } },
  ): Promise<GatewayGraphQLResponse> {
    // Apollo Server's request context or the bypass's own cache policy: the data source reads only the policy.
    return source.forward({
      request: { query: request.query, operationName: request.operationName ?? undefined, variables: request.variables ?? {} },
      incomingRequestContext,
      context: contextValue,
    });
  }

  /** As the executor reports a subgraph's errors (no locations: they were the subgraph's; a code always), then formatted and masked. */
  private result(response: GatewayGraphQLResponse, name: string) {
    const errors = (response.errors as SubgraphError[] | undefined)?.map((error) =>
      this.options.formatError({
        message: error.message,
        ...(error.path ? { path: error.path } : {}),
        extensions: { ...error.extensions, code: error.extensions?.code ?? 'DOWNSTREAM_SERVICE_ERROR', serviceName: name },
      }),
    );
    return { ...(response.data !== undefined ? { data: response.data } : {}), ...(errors?.length ? { errors } : {}) };
  }
}

/** The fast path as an Apollo Server plugin alone (no bypass). */
export function singleFetchFastPath(options: SingleFetchOptions): ApolloServerPlugin<GatewayContext> {
  return new SingleFetch(options).plugin;
}
