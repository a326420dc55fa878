/** A GraphQL error as the pages use it: the contract's code and its details. */
export interface GraphQLFailure {
  code: string;
  field?: string;
  retryAfterSeconds?: number;
}
