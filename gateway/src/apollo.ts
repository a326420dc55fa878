// The gateway's Apollo Server: Apollo Gateway's executor behind the plugins, in the order they act.
import { ApolloServer } from '@apollo/server';
import type { ApolloGateway } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { errorRequestIds } from '#platform/http/error-request-ids';
import { safeError } from '#platform/http/format-error';
// The agencies' error codes (CONSENT_REQUIRED, …) register with the platform as this loads, so formatError passes them.
import '#domain/errors';
import type { Platform } from '#platform/runtime';
import type { GatewayContext } from './context';
import type { SubgraphDataSource } from './data-source';
import { explorerLandingPage } from './explorer/explorer';
import { staffOnlyIntrospection } from './introspection';
import type { GatewayMetrics } from './metrics';
import { useMetrics } from './plugins/useMetrics';
import { useOperationResolution } from './plugins/useOperationResolution';
import { useQueryLimits } from './plugins/useQueryLimits';
import { useResponseCache } from './plugins/useResponseCache';
import { useTracing } from './plugins/useTracing';
import { SingleFetch } from './single-fetch';

export interface ApolloParts {
  platform: Pick<Platform, 'config' | 'log' | 'kv'>;
  gateway: ApolloGateway;
  metrics: GatewayMetrics;
  supergraphSdl: string;
  dataSources: ReadonlyMap<string, SubgraphDataSource>;
}

/** Apollo Server's formatError for the gateway (also applied to the single-fetch fast path's answers). */
export const formatGatewayError = (formatted: GraphQLFormattedError) => safeError(formatted);

/** The single-fetch fast path when GATEWAY_SINGLE_FETCH is on (its plugin goes into Apollo Server, its bypass in front of it). */
export function createSingleFetch({ platform: { config }, supergraphSdl, dataSources, metrics }: ApolloParts) {
  return config.GATEWAY_SINGLE_FETCH ? new SingleFetch({ supergraphSdl, dataSources, formatError: formatGatewayError, metrics }) : null;
}

export function createApolloServer({ platform: { config, log, kv }, gateway, metrics }: ApolloParts, singleFetch: SingleFetch | null) {
  const limits = useQueryLimits<GatewayContext>();
  return new ApolloServer<GatewayContext>({
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
      useMetrics(metrics),
      useTracing<GatewayContext>(),
      staffOnlyIntrospection(config.production),
      useResponseCache({ kv, maxSeconds: config.GATEWAY_RESPONSE_CACHE_MAX_SECONDS, maxEntries: config.GATEWAY_RESPONSE_CACHE_MAX_ENTRIES }),
      // The self-hosted GraphiQL, everywhere: Apollo's default landing page loads from Apollo's CDN.
      explorerLandingPage<GatewayContext>(),
      ...(singleFetch ? [singleFetch.plugin] : []),
    ],
    validationRules: limits.validationRules,
    formatError: formatGatewayError,
  });
}
