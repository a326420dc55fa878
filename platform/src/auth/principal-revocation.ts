// Revocation of a whole principal: a kiosk (its device token and every kiosk session it started) or a
// partner app (every token it was given). Identity writes the mark when an admin revokes the kiosk,
// disables the partner or rotates its secret; every verifier (the gateway's early check and each
// subgraph) refuses a token of that principal issued at or before the mark, from the next request on.
// Marks hold epoch milliseconds and tokens carry `iatMs`, so a token issued right after a rotation works.
import type { KeyValueStore } from '../kv/kv';
import type { Caller } from './caller';
import { announceMark } from './revocation-marks';

/** Longest-lived token a mark must outlast: a kiosk device token (one year) plus a day. */
export const PRINCIPAL_MARK_SECONDS = 366 * 24 * 3600;

export const revokedKioskKey = (kioskId: string) => `revoked:kiosk:${kioskId}`;
export const revokedPartnerKey = (partnerId: string) => `revoked:partner:${partnerId}`;

/** The mark that can revoke the caller's token, if its kind has one. */
export function principalMarkKey(caller: Caller): string | null {
  switch (caller.kind) {
    case 'kiosk':
    case 'kiosk-device':
      return revokedKioskKey(caller.kioskId);
    case 'partner':
      return revokedPartnerKey(caller.partnerId);
    default:
      return null;
  }
}

/** True when the principal's mark is at or after the token's issue time (ms). */
export function revokedByMark(mark: string | null, issuedAtMs: number): boolean {
  return mark !== null && Number(mark) >= issuedAtMs;
}

/** Tokens of the principal issued until now stop working. */
export async function markPrincipalRevoked(kv: KeyValueStore, key: string, at = Date.now()): Promise<void> {
  await announceMark(kv, key, String(at), PRINCIPAL_MARK_SECONDS);
}
