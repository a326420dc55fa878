// Finding 8 of issue 11: budgets a stranger cannot spend for someone else. Codes are counted per purpose and
// per requester, so a stranger's registrations cannot stop the person's step-up or kiosk codes, and failed
// KPJ recoveries are charged to whoever failed, not locked for the person.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { ANDI } from '../support/bpjstk';
import { codes } from '../support/consumers';
import { DEWI, PHONE, SITI, freshIp, register, registerUntil } from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub();

test('a stranger texting registration codes to the person’s phone cannot stop the person’s step-up', async () => {
  const victim = await register(hub, DEWI, `dewi-${randomUUID().slice(0, 6)}@example.id`);
  const stranger = await registerUntil(hub, SITI, `siti-${randomUUID().slice(0, 6)}@example.id`, 'SET_PHONE');
  const answers = [];
  for (let i = 0; i < 7; i++) {
    answers.push(await hub.gql(PHONE, { registrationId: stranger.registrationId, phone: DEWI.phone }, { headers: { 'x-forwarded-for': stranger.ip } }));
  }
  expect(answers.map((a) => codes(a)[0] ?? 'OK').slice(-1)).toEqual(['RATE_LIMITED']);
  const stepUp = await hub.gql(`mutation { requestStepUp { id channel } }`, {}, { token: victim.accessToken, headers: { 'x-forwarded-for': freshIp() } });
  expect(stepUp.errors).toBeUndefined();
  expect(stepUp.data!.requestStepUp.channel).toBe('SMS');
});

test('five failed KPJ recoveries by a stranger do not lock the person’s own recovery', async () => {
  const RECOVER = `mutation($input: KpjRecoveryInput!) { recoverKpj(input: $input) { delivered } }`;
  const strangerIp = freshIp();
  for (let i = 0; i < 6; i++) {
    await hub.gql(RECOVER, { input: { nik: ANDI.nik, fullName: `Guess ${i}`, birthDate: ANDI.birthDate } }, { headers: { 'x-forwarded-for': strangerIp } });
  }
  const strangers = await hub.gql(
    RECOVER,
    { input: { nik: ANDI.nik, fullName: 'Guess', birthDate: ANDI.birthDate } },
    { headers: { 'x-forwarded-for': strangerIp } },
  );
  expect(codes(strangers)).toEqual(['RATE_LIMITED']);
  const own = await hub.gql(
    RECOVER,
    { input: { nik: ANDI.nik, fullName: ANDI.fullName, birthDate: ANDI.birthDate } },
    { headers: { 'x-forwarded-for': freshIp() } },
  );
  expect(own.errors).toBeUndefined();
});
