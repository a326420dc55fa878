import { useHeaderPropagation } from './useHeaderPropagation';

const propagate = useHeaderPropagation();

function sent(context: Parameters<typeof propagate>[1]): Record<string, string> {
  const headers = new Map<string, string>();
  propagate({ set: (name, value) => void headers.set(name, value) }, context);
  return Object.fromEntries(headers);
}

test('the request id, client address, gateway key, token and purpose go to the subgraph', () => {
  expect(
    sent({
      requestId: 'req-1',
      clientIp: '10.0.0.7',
      gatewayKey: 'k',
      gatewayRequestId: 'g-1',
      authorization: 'Bearer t',
      accessPurpose: 'audit',
      callerKind: 'staff',
    }),
  ).toEqual({
    'x-request-id': 'req-1',
    'x-forwarded-for': '10.0.0.7',
    'x-hub-gateway-key': 'k',
    'x-hub-gateway-request-id': 'g-1',
    authorization: 'Bearer t',
    'x-access-purpose': 'audit',
  });
});

test('an anonymous request sends no authorization or purpose, and the caller kind never leaves the gateway', () => {
  expect(sent({ requestId: 'req-2', clientIp: '10.0.0.7', callerKind: 'anonymous' })).toEqual({ 'x-request-id': 'req-2', 'x-forwarded-for': '10.0.0.7' });
});

test('a fetch without headers or context (the gateway’s own) is left alone', () => {
  expect(() => propagate(undefined, { requestId: 'x' })).not.toThrow();
  expect(sent(undefined)).toEqual({});
});
