import { ServiceUnavailableError } from '../errors';
import { PostgresRevocations } from './revocations';

test('a revocation list that cannot be read is an outage, not a revoked or valid token', async () => {
  // Nothing listens on port 1: the lookup fails the way a killed or stalled database does.
  const revocations = new PostgresRevocations('postgres://postgres@127.0.0.1:1/postgres');
  try {
    await expect(revocations.revokedAt(['session:a'])).rejects.toBeInstanceOf(ServiceUnavailableError);
  } finally {
    await revocations.close();
  }
});
