// The participant check's pure rules: which identifier the person typed, who learns more than `found`,
// and what the rate limit counts by.
import type { Caller } from '#platform/auth/caller';
import { decideRead } from '#domain/access-policy';
import { BadInputError } from '#platform/errors';
import { parseNik, parseNip, parseNpwp } from '#domain/identifiers';

export const CHECKS_PER_WINDOW = 30;
export const CHECK_WINDOW_SECONDS = 10 * 60;

/** Reads a NIP (18 digits), NIK (16) or NPWP (15, or 16 for the NIK-based one) from what the person typed. */
export function parseParticipantIdentifier(raw: string): { nip?: string; nik?: string; npwp?: string } {
  const compact = raw.trim().replace(/[.\-\s]/g, '');
  if (/^\d{18}$/.test(compact) && parseNip(compact).ok) return { nip: compact };
  if (/^\d{16}$/.test(compact)) {
    const asNik = parseNik(compact).ok ? compact : undefined;
    const asNpwp = parseNpwp(compact).ok ? compact : undefined;
    if (asNik || asNpwp) return { nik: asNik, npwp: asNpwp ?? asNik };
  }
  if (/^\d{15}$/.test(compact) && parseNpwp(compact).ok) return { npwp: compact };
  throw new BadInputError('identifier', 'Give a valid NIP (18 digits), NIK (16 digits) or NPWP (15 or 16 digits).');
}

/** What a caller's checks are counted by: the account, the partner, else the address. */
export function limiterKey(caller: Caller, clientIp: string): string {
  if (caller.kind === 'participant' || caller.kind === 'kiosk' || caller.kind === 'staff') return `taspen:check:acc:${caller.accountId}`;
  if (caller.kind === 'partner') return `taspen:check:partner:${caller.partnerId}`;
  return `taspen:check:ip:${clientIp}`;
}

/**
 * Checks a day for everyone but staff: 30 per 10 minutes alone let one account walk in a day the appointment
 * months and serials of the NIPs a NIK's birth date and gender leave open, and learn the NIP from `found`.
 */
export const CHECKS_PER_DAY = 50;
export const CHECK_DAY_SECONDS = 24 * 3600;

/** What a caller's daily checks are counted by (null: staff, who check for their work with a purpose). */
export function dailyLimiterKey(caller: Caller, clientIp: string): string | null {
  return caller.kind === 'staff' ? null : `${limiterKey(caller, clientIp)}:day`;
}

/**
 * Who learns more than `found`: the person about themself, and Taspen staff stating a purpose. Everyone else
 * (another participant, a partner, a kiosk, anonymous callers) gets `found` alone.
 */
export function seesCheckDetails(caller: Caller, recordNik: string, statedPurpose: string | null): boolean {
  if (caller.kind === 'participant' || caller.kind === 'kiosk') return caller.nik === recordNik;
  return decideRead(caller, 'TASPEN', recordNik, 'profile').allowed && statedPurpose !== null;
}
