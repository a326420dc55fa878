import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from '#platform/errors';
import type { CallerKindCache } from './caller-kind-cache';
import { gatewayContext } from './context';

const request = { header: (name: string) => (name === 'authorization' ? 'Bearer token' : undefined) } as Request;

async function codeOf(failure: Error): Promise<unknown> {
  const callerKinds: Pick<CallerKindCache, 'kindOf'> = { kindOf: () => Promise.reject(failure) };
  try {
    await gatewayContext(callerKinds as CallerKindCache, 'key')({ req: request });
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return [(error as GraphQLError).extensions.code, (error as GraphQLError).extensions.http];
  }
  throw new Error('the context accepted a token it could not check');
}

test('a token the verifier refuses is 401 UNAUTHENTICATED', async () => {
  expect(await codeOf(new Error('invalid token'))).toEqual(['UNAUTHENTICATED', { status: 401 }]);
});

test('a token that cannot be checked (revocation list unreachable) is 503 SERVICE_UNAVAILABLE, not a sign-out', async () => {
  expect(await codeOf(new ServiceUnavailableError('The revocation list'))).toEqual(['SERVICE_UNAVAILABLE', { status: 503 }]);
});
