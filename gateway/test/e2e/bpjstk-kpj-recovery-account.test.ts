// KPJ recovery for a person with a hub account: the KPJ goes to the account's verified phone,
// found through identity's signed internal contacts route.
import { useTestHub } from '../support/test-hub';
import { ANDI_BPJSTK, register } from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub();

const RECOVER = `mutation RecoverKpj($input: KpjRecoveryInput!) { recoverKpj(input: $input) { delivered channel destination } }`;

test('a registered participant recovers the KPJ to the phone of their account, shown masked', async () => {
  await register(hub, ANDI_BPJSTK, 'andi.recovery@example.id');
  const { nik, fullName, birthDate, kpj } = ANDI_BPJSTK.identity as { nik: string; fullName: string; birthDate: string; kpj: string };
  const result = await hub.gql(RECOVER, { input: { nik, fullName: fullName.toUpperCase(), birthDate } });
  expect(result.errors).toBeUndefined();
  expect(result.data!.recoverKpj).toEqual({ delivered: true, channel: 'SMS', destination: '+62812****7804' });
  expect(JSON.stringify(result)).not.toContain(kpj);
  const { rows } = await hub.pool.query(`select body from bpjstk.outbox where recipient = '+6281234567804' and kind = 'KPJ_RECOVERY'`);
  expect(rows).toHaveLength(1);
  expect(rows[0].body).toContain(kpj);
});

test('the contacts route refuses unsigned callers', async () => {
  const response = await fetch(new URL('/internal/contacts', hub.platform.serviceUrls.identity), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nik: ANDI_BPJSTK.identity.nik }),
  });
  expect(response.status).toBe(401);
});
