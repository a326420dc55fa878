// A subgraph's GraphQL errors go to the client tagged with the service that raised them
// (`extensions.serviceName`), whether they came in a 200 answer or with an HTTP error status.
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

type SubgraphError = { message: string; extensions?: Record<string, unknown> };

/** The GraphQL errors in the body of a non-2xx subgraph response, as RemoteGraphQLDataSource reports it. */
export function graphqlErrorsOf(error: unknown): SubgraphError[] | null {
  const body = (error as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body;
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return errors.filter((e): e is SubgraphError => typeof (e as SubgraphError)?.message === 'string');
}

export function useErrorTagging(serviceName: string) {
  const tag = (error: SubgraphError) => ({ ...error, extensions: { ...error.extensions, serviceName } });
  return {
    /** The subgraph's answer with each error tagged (the answer itself when it has none). */
    answer(response: GatewayGraphQLResponse): GatewayGraphQLResponse {
      return response.errors ? { ...response, errors: response.errors.map(tag) } : response;
    },
    /**
     * A subgraph that answered with an HTTP error and GraphQL errors (e.g. 401 for a revoked token) is not
     * unavailable: its errors go to the client as they are, tagged. Null when the failure carried none.
     */
    thrown(error: unknown): GatewayGraphQLResponse | null {
      const answered = graphqlErrorsOf(error);
      return answered ? { errors: answered.map(tag) } : null;
    },
  };
}
