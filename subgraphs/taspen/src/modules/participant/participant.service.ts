// The participant check (by NIP, NIK or NPWP): says whether Taspen knows someone, and only enough
// to recognise them. Rate-limited per caller so it cannot be used to walk the register.
import type { Caller } from '#platform/auth/caller';
import { BadInputError, RateLimitedError } from '#platform/errors';
import type { KeyValueStore } from '#platform/kv/kv';
import { maskName } from '#platform/masking';
import { parseNik, parseNip, parseNpwp } from '#platform/validation/identifiers';
import type { TaspenParticipantRepository } from './participant.repository';

export interface ParticipantCheckResult {
  found: boolean;
  nip: string | null;
  nameMasked: string | null;
  employer: string | null;
}

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

function limiterKey(caller: Caller, clientIp: string): string {
  if (caller.kind === 'participant' || caller.kind === 'kiosk' || caller.kind === 'staff') return `taspen:check:acc:${caller.accountId}`;
  if (caller.kind === 'partner') return `taspen:check:partner:${caller.partnerId}`;
  return `taspen:check:ip:${clientIp}`;
}

export async function checkParticipant(
  deps: { participants: TaspenParticipantRepository; kv: KeyValueStore },
  caller: Caller,
  clientIp: string,
  rawIdentifier: string,
): Promise<ParticipantCheckResult> {
  const identifier = parseParticipantIdentifier(rawIdentifier);
  const key = limiterKey(caller, clientIp);
  const used = await deps.kv.increment(key, CHECK_WINDOW_SECONDS);
  if (used > CHECKS_PER_WINDOW) throw new RateLimitedError(await deps.kv.ttl(key));
  const record = await deps.participants.findByIdentifier(identifier);
  if (!record) return { found: false, nip: null, nameMasked: null, employer: null };
  return { found: true, nip: record.nip, nameMasked: maskName(record.fullName), employer: record.employer };
}
