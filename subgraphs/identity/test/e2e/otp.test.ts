// One-time codes through the gateway: wrong codes count down, five lock the challenge however they
// arrive, codes expire, resends wait 60 seconds, and sends are limited per destination and address.
import { otpChallengeKey } from '../../src/modules/otp/otp.service';
import { useTestHub } from '../../../../gateway/test/support/test-hub';
import { RESEND, SITI, START, VERIFY, expectData, freshIp, latestCode } from '../support/flows';

// A small per-address budget, so the test can reach it.
const hub = useTestHub({ OTP_SENDS_PER_IP_PER_HOUR: '6' });

let counter = 0;
async function started(ip = freshIp()) {
  const email = `otp-${++counter}@example.com`;
  const result = expectData(await hub.gql(START, { input: { agency: SITI.agency, email } }, { headers: { 'x-forwarded-for': ip } }), 'startRegistration');
  return { email, ip, registrationId: result.registrationId as string, challengeId: result.challenge.id as string, code: await latestCode(hub, email) };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

test('a wrong code is OTP_INVALID and says how many attempts are left', async () => {
  const { registrationId, code, ip } = await started();
  const result = await hub.gql(VERIFY, { registrationId, code: wrong(code) }, { headers: { 'x-forwarded-for': ip } });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'OTP_INVALID', attemptsLeft: 4 });
});

test('five wrong codes in a row lock the challenge, even for the right code', async () => {
  const { registrationId, code, ip } = await started();
  const headers = { 'x-forwarded-for': ip };
  const left: number[] = [];
  for (let i = 0; i < 5; i++) {
    const result = await hub.gql(VERIFY, { registrationId, code: wrong(code) }, { headers });
    left.push(result.errors?.[0].extensions?.attemptsLeft);
  }
  expect(left).toEqual([4, 3, 2, 1, 0]);
  const right = await hub.gql(VERIFY, { registrationId, code }, { headers });
  expect(right.errors?.[0].extensions?.code).toBe('OTP_LOCKED');
});

test('wrong codes sent at the same time lock the challenge just the same', async () => {
  const { registrationId, code, ip } = await started();
  const headers = { 'x-forwarded-for': ip };
  const results = await Promise.all(Array.from({ length: 10 }, () => hub.gql(VERIFY, { registrationId, code: wrong(code) }, { headers })));
  const codes = results.map((r) => r.errors?.[0].extensions?.code).sort();
  expect(codes.filter((c) => c === 'OTP_INVALID')).toHaveLength(5);
  expect(codes.filter((c) => c === 'OTP_LOCKED')).toHaveLength(5);
  const right = await hub.gql(VERIFY, { registrationId, code }, { headers });
  expect(right.errors?.[0].extensions?.code).toBe('OTP_LOCKED');
});

test('an aliased brute force in one request gets nowhere', async () => {
  const { registrationId, code, ip } = await started();
  const guesses = Array.from({ length: 10 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
  const fields = [...guesses, code].map((guess, i) => `a${i}: verifyRegistrationOtp(registrationId: $id, code: "${guess}") { nextStep }`).join('\n');
  const result = await hub.gql(`mutation Guess($id: ID!) {\n${fields}\n}`, { id: registrationId }, { headers: { 'x-forwarded-for': ip } });
  const byAlias = Object.fromEntries((result.errors ?? []).map((e) => [e.path?.[0], e.extensions?.code]));
  expect(result.data?.a10).toBeNull();
  expect(byAlias.a10).toBe('OTP_LOCKED');
  expect(Object.values(byAlias).filter((c) => c === 'OTP_INVALID')).toHaveLength(5);
  // The registration did not move on.
  const after = await hub.gql(VERIFY, { registrationId, code }, { headers: { 'x-forwarded-for': ip } });
  expect(after.errors?.[0].extensions?.code).toBe('OTP_LOCKED');
});

test('an expired code is OTP_EXPIRED', async () => {
  const { registrationId, challengeId, code, ip } = await started();
  // Time passing: the store forgets the challenge when its five minutes are up.
  await hub.platform.kv.delete(otpChallengeKey(challengeId));
  const result = await hub.gql(VERIFY, { registrationId, code }, { headers: { 'x-forwarded-for': ip } });
  expect(result.errors?.[0].extensions?.code).toBe('OTP_EXPIRED');
});

test('a resend within 60 seconds is RATE_LIMITED with the seconds to wait', async () => {
  const { challengeId, ip } = await started();
  const result = await hub.gql(RESEND, { challengeId }, { headers: { 'x-forwarded-for': ip } });
  expect(result.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  expect(result.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(result.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
});

test('a resend after the wait sends a new code that replaces the old one', async () => {
  const { registrationId, challengeId, email, code, ip } = await started();
  const key = otpChallengeKey(challengeId);
  const stored = JSON.parse((await hub.platform.kv.get(key))!);
  await hub.platform.kv.set(key, JSON.stringify({ ...stored, resendAvailableAt: Date.now() - 1 }), 300);
  const resent = await hub.gql(RESEND, { challengeId }, { headers: { 'x-forwarded-for': ip } });
  expect(resent.errors).toBeUndefined();
  expect(resent.data?.resendOtp).toMatchObject({ id: challengeId, channel: 'EMAIL', destination: expect.stringContaining('***') });
  const newCode = await latestCode(hub, email);
  const old = await hub.gql(VERIFY, { registrationId, code }, { headers: { 'x-forwarded-for': ip } });
  if (newCode !== code) expect(old.errors?.[0].extensions?.code).toBe('OTP_INVALID');
  const ok = await hub.gql(VERIFY, { registrationId, code: newCode }, { headers: { 'x-forwarded-for': ip } });
  expect(ok.data?.verifyRegistrationOtp.nextStep).toBe('PROVIDE_IDENTITY');
});

// Budgets are per purpose and per requester (issue 11, finding 8): one requester gets five codes to a destination.
test('at most five codes go to one destination per hour for one requester', async () => {
  const email = 'busy@example.com';
  const ip = freshIp();
  const results = [];
  for (let i = 0; i < 6; i++) {
    results.push(await hub.gql(START, { input: { agency: 'TASPEN', email } }, { headers: { 'x-forwarded-for': ip } }));
  }
  expect(results.slice(0, 5).every((r) => !r.errors)).toBe(true);
  expect(results[5].errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  expect(results[5].errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
});

test('one client address has a budget of codes per hour', async () => {
  const ip = freshIp();
  const codes = [];
  for (let i = 0; i < 7; i++) {
    const result = await hub.gql(START, { input: { agency: 'TASPEN', email: `budget-${i}@example.com` } }, { headers: { 'x-forwarded-for': ip } });
    codes.push(result.errors?.[0].extensions?.code ?? 'OK');
  }
  expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
});

test('the code is stored only as an HMAC', async () => {
  const { challengeId, code } = await started();
  const stored = (await hub.platform.kv.get(otpChallengeKey(challengeId)))!;
  expect(stored).not.toContain(code);
  expect(JSON.parse(stored).hash).toMatch(/^[0-9a-f]{64}$/);
});
