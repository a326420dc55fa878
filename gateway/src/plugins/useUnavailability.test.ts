import { useUnavailability } from './useUnavailability';

test('an unreachable subgraph is SERVICE_UNAVAILABLE, named in the message and the extensions', () => {
  expect(useUnavailability('bpjstk')()).toEqual({
    errors: [
      { message: 'The bpjstk service is unavailable right now. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'bpjstk' } },
    ],
  });
});
