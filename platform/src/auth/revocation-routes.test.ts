// The revocation list's owner interface against a real database: only a signed call is answered, a verifier
// elsewhere learns exactly what the owner's table says, and an owner that cannot answer is an outage.
import { ServiceUnavailableError } from '../errors';
import { InternalClient } from '../http/internal';
import { useOwnerRoute } from '../testing/owner-route';
import { mountRevocationRoutes } from './revocation-routes';
import { HttpRevocations, PostgresRevocations, recordRevocation, REVOCATIONS_PATH } from './revocations';

const route = useOwnerRoute(mountRevocationRoutes);

beforeAll(async () => {
  await recordRevocation(route.pool, 'session:gone', 1_800_000_000);
  await recordRevocation(route.pool, 'account:a"b\\c', 1_800_000_100);
});

test('a verifier elsewhere reads through the owner exactly what the owner reads from its table', async () => {
  const subjects = ['session:gone', 'session:alive', 'account:a"b\\c'];
  const direct = new PostgresRevocations(route.database.url);
  try {
    const owner = await direct.revokedAt(subjects);
    const remote = await new HttpRevocations(new InternalClient(() => route.url, route.config.internalServiceSecret, 'identity')).revokedAt(subjects);
    expect(remote).toEqual(owner);
    expect(remote).toEqual(
      new Map([
        ['session:gone', 1_800_000_000],
        ['account:a"b\\c', 1_800_000_100],
      ]),
    );
  } finally {
    await direct.close();
  }
});

test('answers are remembered for a few seconds: no round trip per request', async () => {
  let now = 1_000_000;
  let calls = 0;
  class Counting extends InternalClient {
    override post<T>(path: string, payload: unknown, timeoutMs?: number): Promise<T> {
      calls += 1;
      return super.post<T>(path, payload, timeoutMs);
    }
  }
  const revocations = new HttpRevocations(new Counting(() => route.url, route.config.internalServiceSecret, 'identity'), () => now);
  await revocations.revokedAt(['session:alive', 'account:x']);
  await revocations.revokedAt(['session:alive', 'account:x']);
  expect(calls).toBe(1);
  now += 3_001;
  await revocations.revokedAt(['session:alive', 'account:x']);
  expect(calls).toBe(2);
});

test('a call signed with another secret is refused; the verifier then answers SERVICE_UNAVAILABLE, never "not revoked"', async () => {
  const unsigned = await fetch(`${route.url}${REVOCATIONS_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subjects: ['session:gone'] }),
  });
  expect(unsigned.status).toBe(401);
  const forged = new HttpRevocations(new InternalClient(() => route.url, 'not-the-secret', 'identity'));
  await expect(forged.revokedAt(['session:gone'])).rejects.toBeInstanceOf(ServiceUnavailableError);
  const away = new HttpRevocations(new InternalClient(() => 'http://127.0.0.1:1', route.config.internalServiceSecret, 'identity'));
  await expect(away.revokedAt(['session:gone'])).rejects.toBeInstanceOf(ServiceUnavailableError);
});
