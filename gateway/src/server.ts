// The gateway's HTTP server, composed of small parts: /graphql through Apollo Gateway (apollo.ts, the
// per-fetch plugins in data-source.ts), health and readiness, metrics, JWKS and OAuth metadata, the explorer and pages, and the
// REST endpoints of the contract passed to their subgraphs.
import type net from 'node:net';
import type { Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import { gatewayKey } from '#platform/http/client-address';
import { listen } from '#platform/http/listen';
import type { Platform } from '#platform/runtime';
import { flushTracing, traceRequests } from '#platform/tracing/index';
import { createApolloServer, createSingleFetch } from './apollo';
import { CallerKindCache } from './caller-kind-cache';
import { gatewayContext } from './context';
import { EXPLORER_INTRO } from './explorer/intro';
import { mountExplorer } from './explorer/explorer';
import { createGateway, type SubgraphUrls } from './gateway';
import { GracefulShutdown } from './graceful-shutdown';
import { createHttpServer } from './http-server';
import { jsonBody } from './json-body';
import { knownOperationNames } from './known-operations';
import { GatewayMetrics } from './metrics';
import { mountOAuthMetadata } from './oauth-metadata';
import { mountPages } from './pages';
import { parseOrigins, useCors } from './plugins/useCors';
import { useHttpErrors } from './plugins/useHttpErrors';
import { useMetricsAccess } from './plugins/useMetricsAccess';
import { useReadiness, type ReadinessCheck } from './plugins/useReadiness';
import { useRequestId } from './plugins/useRequestId';
import { useSecurityHeaders } from './plugins/useSecurityHeaders';
import { mountRestProxies } from './rest-proxy';

export interface GatewayOptions {
  platform: Platform;
  port: number;
  host?: string;
  /** A socket already bound (by the launcher, which needed the port beforehand) to serve on instead of `port`. */
  socket?: net.Server;
  /** Subgraph GraphQL URLs by service name. */
  subgraphs: SubgraphUrls;
  /** Readiness checks besides the subgraphs (database, key-value store). */
  checks: Record<string, ReadinessCheck>;
  /** Endpoints served by platform code in the gateway process (uploads, dev outbox). */
  routes?: (app: Express) => void;
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { platform, subgraphs } = options;
  const { config } = platform;
  const metrics = new GatewayMetrics(knownOperationNames());
  const { gateway, agent, dataSources, supergraphSdl } = createGateway(subgraphs, metrics, undefined, {
    deduplicate: config.GATEWAY_DEDUPLICATE,
    queryPlanCacheMiB: config.GATEWAY_QUERY_PLAN_CACHE_MIB,
    connections: config.GATEWAY_SUBGRAPH_CONNECTIONS,
    subgraphTimeoutMs: config.GATEWAY_SUBGRAPH_TIMEOUT_MS,
  });
  const parts = { platform, gateway, metrics, supergraphSdl, dataSources };
  const singleFetch = createSingleFetch(parts);
  const apollo = createApolloServer(parts, singleFetch);
  await apollo.start();
  const { app, server } = createHttpServer(config);
  const shutdown = new GracefulShutdown(server);
  const forwardingKey = gatewayKey(config.internalServiceSecret);
  app.use(shutdown.middleware, useSecurityHeaders({ hstsSeconds: config.HUB_HSTS_SECONDS }), useCors(parseOrigins(config.HUB_CORS_ORIGINS)), useRequestId());
  const context = gatewayContext(new CallerKindCache(platform.verifier), forwardingKey);
  // /graphql first after the middlewares every response needs: its requests (nearly all of them) are not
  // matched against every other route on the way (no other route serves /graphql).
  app.use(
    '/graphql',
    jsonBody(100 * 1024),
    traceRequests('gateway.operation', { parentFromHeaders: false }),
    ...(singleFetch
      ? [
          singleFetch.bypass({ context, metrics, responseCache: config.GATEWAY_RESPONSE_CACHE_MAX_SECONDS > 0 }),
          expressMiddleware(apollo, { context: singleFetch.reuseContext(context) }),
        ]
      : [expressMiddleware(apollo, { context })]),
  );
  mountExplorer(app, EXPLORER_INTRO);
  app.use(useReadiness({ checks: options.checks, subgraphs }));
  app.get('/metrics', useMetricsAccess({ token: config.HUB_METRICS_TOKEN, production: config.production }), async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/.well-known/jwks.json', (_req, res) => void res.setHeader('cache-control', 'public, max-age=300').json(platform.keys.jwks));
  mountOAuthMetadata(app, config);
  mountRestProxies(app, subgraphs, forwardingKey);
  mountPages(app, config);
  options.routes?.(app);
  app.use(useHttpErrors(platform.log));
  const port = await listen(server, { port: options.port, host: options.host ?? '0.0.0.0', socket: options.socket });
  const close = async () => {
    await shutdown.drain();
    await apollo.stop();
    await agent.close();
    await flushTracing();
  };
  return { url: `http://localhost:${port}/graphql`, port, close };
}
