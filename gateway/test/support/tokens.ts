// Access tokens minted directly with the hub's issuer: exactly what every subgraph verifies, without
// going through a login flow (which has tests of its own).
import type { TokenClaims } from '#platform/auth/tokens';
import { nowSeconds, participantCaller, staffCaller } from '#platform/testing/callers';
import type { Hub } from '../../src/hub';

export const BUDI = { accountId: 'acc-budi', nik: '3173051203850001', nip: '198503122010011001', birthDate: '1985-03-12', fullName: 'Budi Santoso' };
export const SITI = { accountId: 'acc-siti', nik: '1173015508720002', nip: '197208151998032004', birthDate: '1972-08-15', fullName: 'Siti Rahmawati' };

/** The access token the hub's issuer signs for `caller`. */
export async function tokenFor(hub: Pick<Hub, 'platform'>, caller: TokenClaims): Promise<string> {
  return (await hub.platform.issuer.issue(caller)).token;
}

export const participantToken = (hub: Pick<Hub, 'platform'>, person: { accountId: string; nik: string }, options: { steppedUp?: boolean } = {}) =>
  tokenFor(hub, participantCaller(person.nik, { accountId: person.accountId, stepUpAt: options.steppedUp === false ? null : nowSeconds() }));

/** A staff token with `roles` (for `agency`, when they are an agency's). */
export const staffToken = (hub: Pick<Hub, 'platform'>, roles: string[], agency: 'TASPEN' | 'BPJSTK' | null = null) => tokenFor(hub, staffCaller(roles, agency));

export const taspenOfficerToken = (hub: Pick<Hub, 'platform'>) =>
  tokenFor(hub, staffCaller(['TASPEN_OFFICER'], 'TASPEN', { accountId: 'acc-officer-taspen', email: 'officer.taspen@hub.local', branch: 'Lhokseumawe' }));

export const bpjsTkOfficerToken = (hub: Pick<Hub, 'platform'>) =>
  tokenFor(hub, staffCaller(['BPJSTK_OFFICER'], 'BPJSTK', { accountId: 'acc-officer-bpjstk', email: 'officer.bpjstk@hub.local', branch: 'Tebing Tinggi' }));

export const adminToken = (hub: Pick<Hub, 'platform'>) => tokenFor(hub, staffCaller(['HUB_ADMIN'], null, { email: 'admin@hub.local' }));

export const auditorToken = (hub: Pick<Hub, 'platform'>) => tokenFor(hub, staffCaller(['AUDITOR'], null, { email: 'auditor@hub.local' }));
