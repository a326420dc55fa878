// Access tokens minted directly with the hub's issuer: exactly what every subgraph verifies, without
// going through a login flow (which has tests of its own).
import { randomUUID } from 'node:crypto';
import type { Hub } from '../../src/hub';

export const BUDI = { accountId: 'acc-budi', nik: '3173051203850001', nip: '198503122010011001', birthDate: '1985-03-12', fullName: 'Budi Santoso' };
export const SITI = { accountId: 'acc-siti', nik: '1173015508720002', nip: '197208151998032004', birthDate: '1972-08-15', fullName: 'Siti Rahmawati' };

const now = () => Math.floor(Date.now() / 1000);

export async function participantToken(
  hub: Pick<Hub, 'platform'>,
  person: { accountId: string; nik: string },
  options: { steppedUp?: boolean } = {},
): Promise<string> {
  const { token } = await hub.platform.issuer.issue({
    kind: 'participant',
    accountId: person.accountId,
    nik: person.nik,
    sessionId: `s-${randomUUID()}`,
    stepUpAt: options.steppedUp === false ? null : now(),
  });
  return token;
}

export async function taspenOfficerToken(hub: Pick<Hub, 'platform'>): Promise<string> {
  const { token } = await hub.platform.issuer.issue({
    kind: 'staff',
    accountId: 'acc-officer-taspen',
    email: 'officer.taspen@hub.local',
    roles: ['TASPEN_OFFICER'],
    agency: 'TASPEN',
    branch: 'Lhokseumawe',
    sessionId: `s-${randomUUID()}`,
  });
  return token;
}

export async function bpjsTkOfficerToken(hub: Pick<Hub, 'platform'>): Promise<string> {
  const { token } = await hub.platform.issuer.issue({
    kind: 'staff',
    accountId: 'acc-officer-bpjstk',
    email: 'officer.bpjstk@hub.local',
    roles: ['BPJSTK_OFFICER'],
    agency: 'BPJSTK',
    branch: 'Tebing Tinggi',
    sessionId: `s-${randomUUID()}`,
  });
  return token;
}
