// A subgraph that cannot be reached (refused, reset, or silent past GATEWAY_SUBGRAPH_TIMEOUT_MS) is
// SERVICE_UNAVAILABLE on the paths it would have answered; the rest of the response is still served.
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

export function useUnavailability(serviceName: string) {
  const message = `The ${serviceName} service is unavailable right now. Try again shortly.`;
  return function unavailable(): GatewayGraphQLResponse {
    return { errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', serviceName } }] };
  };
}
