// The HTTP server every subgraph runs: /graphql with a per-request context, /health, /ready, and any
// REST routes the service owns (internal calls, webhooks). The caller is always taken from a
// bearer token verified here, never from a header someone else set.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { ServiceUnavailableError } from '../errors';
import type { TokenVerifier } from '../auth/tokens';
import type { BaseContext } from '../context';
import { flushReadLog } from '../audit/flush-read-log';
import type { Logger } from '../logger';
import { safeError } from './format-error';
import { errorRequestIds } from './error-request-ids';
import { listen } from './listen';
import { readiness, type ReadinessCheck } from './readiness';
import { requestIdFrom } from './request-id';
import { clientAddress, gatewayKey, gatewayRequestId } from './client-address';
import { unavailableAsServiceError } from '../db/unavailable';
import { flushTracing, traceRequests } from '../tracing/index';

export interface SubgraphServerOptions<Ctx extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  /** A socket already bound (by the launcher, which needed the port beforehand) to serve on instead of `port`. */
  socket?: net.Server;
  log: Logger;
  verifier: TokenVerifier;
  production: boolean;
  /** Adds the service's own per-request state (EntityManager fork, DataLoaders). */
  extendContext: (base: BaseContext) => Ctx | Promise<Ctx>;
  /** Root Query fields of public data and their cache lifetime in seconds (see ServiceDefinition). */
  publicCacheSeconds?: Record<string, number>;
  /** REST routes of the service, mounted before /graphql. */
  routes?: (app: Express) => void;
  /** The services' shared secret: the gateway proves with it that it states the client address. */
  internalSecret: string;
  /** What /ready checks (a load balancer's health check), by name: each throws when its dependency is down. */
  readiness?: Readonly<Record<string, ReadinessCheck>>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The token of an `Authorization: Bearer …` header. */
const bearerTokenOf = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1] ?? null;

export function rawJson(limit = '1mb') {
  return express.json({
    limit,
    verify: (req, _res, buffer) => {
      (req as Request & { rawBody?: string }).rawBody = buffer.toString('utf8');
    },
  });
}

/** The name of the first input field whose text holds a NUL character, which PostgreSQL cannot store. */
export function nulField(value: unknown, name = 'input', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? name : null;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulField(item, Array.isArray(value) ? name : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Text with NUL characters is bad input, answered before anything runs (it would otherwise fail in SQL). */
function refuseNulCharacters(req: Request, res: Response, next: NextFunction) {
  const body = req.body as { query?: unknown; variables?: unknown } | undefined;
  const field = nulField(body?.variables) ?? (typeof body?.query === 'string' && body.query.includes('\u0000') ? 'query' : null);
  if (!field) return next();
  res.status(200).json({
    data: null,
    errors: [{ message: 'Text must not contain NUL characters.', extensions: { code: 'BAD_USER_INPUT', field } }],
  });
}

/**
 * Cache hints for the public root fields. Apollo Server's cache-control plugin turns them into the response's
 * `Cache-Control` header when every root field of the operation has one (any other field keeps the default
 * max-age 0, so the header says no-store).
 */
type CacheControlInfo = { cacheControl: { setCacheHint(hint: { maxAge: number; scope: 'PUBLIC' | 'PRIVATE' }): void } };

/** Whether Apollo Server's cache-control plugin put its hint setter on the resolver's info. */
function hasCacheControl<T extends object>(info: T): info is T & CacheControlInfo {
  return 'cacheControl' in info && typeof info.cacheControl === 'object' && info.cacheControl !== null;
}

function publicCacheHints(seconds: Record<string, number>): ApolloServerPlugin {
  const fields = new Map(Object.entries(seconds));
  return {
    async requestDidStart() {
      if (!fields.size) return;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              const maxAge = info.parentType.name === 'Query' ? fields.get(info.fieldName) : undefined;
              if (maxAge && hasCacheControl(info)) info.cacheControl.setCacheHint({ maxAge, scope: 'PUBLIC' });
            },
          };
        },
      };
    },
  };
}

export async function startSubgraphServer<Ctx extends BaseContext>(options: SubgraphServerOptions<Ctx>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;

  const forwardingKey = gatewayKey(options.internalSecret);
  const apollo = new ApolloServer<Ctx>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The process owns SIGTERM/SIGINT (closeOnSignals, cli.ts). Apollo's own handler would race it: a second
    // stop() during the first never returns (@apollo/server 5.5 leaves the barrier unresolved).
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      publicCacheHints(options.publicCacheSeconds ?? {}),
      errorRequestIds<Ctx>(options.log),
      flushReadLog<Ctx>(),
    ],
    formatError: (formatted, error) => safeError(unavailableAsServiceError(formatted, error)),
  });
  await apollo.start();

  app.use((req, _res, next) => {
    // Every route logs under one plain request id: the gateway's, or a fresh one (request-id.ts).
    req.headers['x-request-id'] = requestIdFrom(req.header('x-request-id'));
    (req as Request & { clientAddress?: string }).clientAddress = clientAddress(req, forwardingKey);
    next();
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    // Within a second, so that the gateway's probe of this /ready (1.5 s) gets the answer.
    const report = await readiness(options.readiness ?? {}, 1_000);
    res.status(report.down.length ? 503 : 200).json({ ...report, service: options.name });
  });
  app.use(rawJson());
  options.routes?.(app);
  app.use('/graphql', traceRequests('subgraph.request', { parentFromHeaders: true, attributes: { 'hub.service': options.name } }));
  app.use('/graphql', refuseNulCharacters);
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = req.header('x-request-id') ?? randomUUID();
        const log = options.log.child({ requestId });
        let caller;
        try {
          caller = await options.verifier.fromHeader(req.header('authorization'));
        } catch (error) {
          if (error instanceof ServiceUnavailableError) {
            throw new GraphQLError(error.message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
          }
          throw new GraphQLError('The access token is not valid. Sign in again.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        const purpose = req.header('x-access-purpose')?.trim().slice(0, 200) || null;
        return options.extendContext({
          requestId,
          caller,
          log,
          clientIp: clientAddress(req, forwardingKey),
          gatewayRequestId: gatewayRequestId(req, forwardingKey),
          accessPurpose: purpose,
          bearerToken: bearerTokenOf(req.header('authorization')),
        });
      },
    }),
  );

  const port = await listen(httpServer, { port: options.port, host: options.host ?? '127.0.0.1', socket: options.socket });
  options.log.info({ port }, `${options.name} subgraph listening`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    async close() {
      await apollo.stop();
      httpServer.closeAllConnections?.();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await flushTracing();
    },
  };
}
