// The gateway's HTTP server: /graphql through Apollo Gateway, health and readiness, metrics,
// JWKS, and the REST endpoints of the contract.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { safeError } from '#platform/http/format-error';
import { errorRequestIds } from '#platform/http/error-request-ids';
import { requestIdFrom } from '#platform/http/request-id';
import type { Platform } from '#platform/runtime';
import type { GatewayContext } from './data-source';
import { createGateway, type SubgraphUrls } from './gateway';
import { GatewayMetrics } from './metrics';
import { staffOnlyIntrospection } from './introspection';
import { CallerKindCache } from './caller-kind-cache';
import { GracefulShutdown } from './graceful-shutdown';
import { responseCache } from './response-cache';
import { mountPages } from './pages';
import { singleFetchFastPath } from './single-fetch';
import { proxyTo } from './rest-proxy';
import { queryLimits } from './plugins/useQueryLimits';
import { useOperationResolution } from './plugins/useOperationResolution';
import { useSecurityHeaders } from './plugins/useSecurityHeaders';
import { parseOrigins, useCors } from './plugins/useCors';
import { metricsAccess } from './plugins/useMetricsAccess';
import { knownOperationNames } from './known-operations';
import { explorerLandingPage, mountExplorer } from './explorer/explorer';
import { gatewayKey } from '#platform/http/client-address';
import { flushTracing, traceRequests } from '#platform/tracing/index';
import { useTracing } from './plugins/useTracing';

/** The first document officers see in the explorer: how to authenticate. */
const EXPLORER_INTRO = `# Participant graph hub — officers' explorer
#
# 1. Sign in with your staff e-mail and password (development: HUB_DEV_STAFF_PASSWORD,
#    default "dev-staff-password"; e.g. officer.taspen@hub.local):
#      mutation Login($email: String!, $password: String!) {
#        login(email: $email, password: $password) { accessToken expiresAt account { roles } }
#      }
# 2. In "Headers" below set:  Authorization: Bearer <accessToken>
#    Reading a person's data also needs:  X-Access-Purpose: <why you are reading it>
#    Every read of a person's data is written to the access log the person can see.
# 3. Access tokens last 15 minutes; use refreshSession(refreshToken) for a new one.
query HubDashboard {
  hubDashboard {
    taspenSubmissionsByStatus { status count }
    jhtClaimsByStatus { status count }
    otpDelivery { sent failed manual }
  }
}
`;

export interface GatewayOptions {
  platform: Platform;
  port: number;
  host?: string;
  /** Subgraph GraphQL URLs by service name. */
  subgraphs: SubgraphUrls;
  /** Readiness checks besides the subgraphs (database, key-value store). */
  checks: Record<string, () => Promise<void>>;
  /** Endpoints served by platform code in the gateway process (uploads, dev outbox). */
  routes?: (app: Express) => void;
}

export interface RunningGateway {
  url: string;
  port: number;
  metrics: GatewayMetrics;
  close(): Promise<void>;
}

/** `false` | `loopback` | comma-separated addresses or CIDRs, as express understands them. */
function trustProxy(setting: string): boolean | string[] {
  const value = setting.trim();
  if (value === '' || value === 'false') return false;
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

const baseOf = (graphqlUrl: string | undefined) => (graphqlUrl ? new URL('/', graphqlUrl).toString() : undefined);

async function probe(check: () => Promise<void>, timeoutMs = 1_500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { platform } = options;
  const { config, log } = platform;
  const metrics = new GatewayMetrics(knownOperationNames());
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  // Slow clients (slowloris) are cut off: headers and body must arrive within the request timeout (408).
  const httpServer = http.createServer(
    { requestTimeout: config.HUB_REQUEST_TIMEOUT_MS, headersTimeout: Math.min(config.HUB_REQUEST_TIMEOUT_MS, 60_000), connectionsCheckingInterval: Math.min(1_000, config.HUB_REQUEST_TIMEOUT_MS) },
    app,
  );
  const forwardingKey = gatewayKey(config.internalServiceSecret);
  httpServer.keepAliveTimeout = 65_000;

  const { gateway, agent, dataSources, supergraphSdl } = createGateway(options.subgraphs, metrics, undefined, {
    deduplicate: config.GATEWAY_DEDUPLICATE,
    queryPlanCacheMiB: config.GATEWAY_QUERY_PLAN_CACHE_MIB,
    connections: config.GATEWAY_SUBGRAPH_CONNECTIONS,
    subgraphTimeoutMs: config.GATEWAY_SUBGRAPH_TIMEOUT_MS,
  });
  const limits = queryLimits<GatewayContext>();
  const formatError = (formatted: GraphQLFormattedError) => safeError(formatted);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    // The process owns SIGTERM/SIGINT (closeOnSignals, cli.ts). Apollo's own handler would race it: a second
    // stop() during the first never returns (@apollo/server 5.5 leaves the barrier unresolved).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: true,
    plugins: [
      useOperationResolution(),
      errorRequestIds<GatewayContext>(log),
      ...limits.plugins,
      metrics.plugin(),
      useTracing<GatewayContext>(),
      staffOnlyIntrospection(config.production),
      responseCache({ kv: platform.kv, maxSeconds: config.GATEWAY_RESPONSE_CACHE_MAX_SECONDS, maxEntries: config.GATEWAY_RESPONSE_CACHE_MAX_ENTRIES }),
      // The self-hosted GraphiQL, everywhere: Apollo's default landing page loads from Apollo's CDN.
      explorerLandingPage<GatewayContext>(),
      ...(config.GATEWAY_SINGLE_FETCH ? [singleFetchFastPath({ supergraphSdl, dataSources, formatError })] : []),
    ],
    validationRules: limits.validationRules,
    formatError,
  });
  await apollo.start();
  const callerKinds = new CallerKindCache(platform.verifier);
  const shutdown = new GracefulShutdown(httpServer);
  app.use(shutdown.middleware);
  app.use(useSecurityHeaders({ hstsSeconds: config.HUB_HSTS_SECONDS }));
  app.use(useCors(parseOrigins(config.HUB_CORS_ORIGINS)));

  app.use((req: Request & { requestId?: string }, res: Response, next: NextFunction) => {
    req.requestId = requestIdFrom(req.header('x-request-id'));
    res.setHeader('x-request-id', req.requestId);
    next();
  });

  mountExplorer(app, EXPLORER_INTRO);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    const checks: Record<string, () => Promise<void>> = { ...options.checks };
    for (const [name, url] of Object.entries(options.subgraphs)) {
      checks[name] = async () => {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1_500) });
        if (!response.ok) throw new Error(`status ${response.status}`);
      };
    }
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, (await probe(check)) ? 'up' : 'down'] as const),
    );
    const down = results.filter(([, state]) => state === 'down').map(([name]) => name);
    res.status(down.length ? 503 : 200).json({ status: down.length ? 'unavailable' : 'ready', checks: Object.fromEntries(results), down });
  });

  app.get('/metrics', metricsAccess({ token: config.HUB_METRICS_TOKEN, production: config.production }), async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  app.get('/.well-known/jwks.json', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(platform.keys.jwks);
  });

  const identity = () => baseOf(options.subgraphs.identity);
  const taspen = () => baseOf(options.subgraphs.taspen);
  const bpjstk = () => baseOf(options.subgraphs.bpjstk);
  app.post('/oauth/token', ...proxyTo(identity, '16kb', forwardingKey));
  app.all('/oauth/token', (_req, res) => {
    res.setHeader('allow', 'POST');
    res.status(405).json({ error: 'invalid_request', error_description: 'Use POST.' });
  });
  app.post('/webhooks/payments', ...proxyTo(bpjstk, '64kb', forwardingKey));
  app.post('/channels/sms/inbound', ...proxyTo(bpjstk, '16kb', forwardingKey));
  app.get('/cards/taspen/*path', ...proxyTo(taspen, undefined, forwardingKey));
  app.get('/cards/bpjstk/*path', ...proxyTo(bpjstk, undefined, forwardingKey));
  mountPages(app, config);
  options.routes?.(app);

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    traceRequests('gateway.operation', { parentFromHeaders: false }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req as Request & { requestId?: string }).requestId ?? randomUUID();
        const authorization = req.header('authorization') ?? undefined;
        let callerKind = 'anonymous';
        if (authorization) {
          try {
            callerKind = await callerKinds.kindOf(authorization);
          } catch {
            throw new GraphQLError('The access token is not valid. Sign in again.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        }
        return {
          requestId,
          authorization,
          accessPurpose: req.header('x-access-purpose') ?? undefined,
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          callerKind,
          gatewayKey: forwardingKey,
        };
      },
    }),
  );

  app.use((error: Error & { status?: number; type?: string }, req: Request & { requestId?: string }, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ requestId: req.requestId, error }, 'unhandled HTTP error');
    res.status(status).json({ error: status === 413 ? 'payload_too_large' : status === 500 ? 'internal_error' : 'bad_request' });
  });

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    metrics,
    async close() {
      await shutdown.drain();
      await apollo.stop();
      await agent.close();
      await flushTracing();
    },
  };
}
