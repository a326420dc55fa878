// The participant check (by NIP, NIK or NPWP): says whether Taspen knows someone, and only enough
// to recognise them, and that only to the person or Taspen staff with a purpose. Rate-limited per caller
// so it cannot be used to walk the register; every check is in the access log.
import type { Caller } from '#platform/auth/caller';
import { decideRead, logRead, type ReadLogWriter } from '#domain/access-policy';
import { BadInputError } from '#platform/errors';
import { consume } from '#platform/kv/rate-limit';
import type { KeyValueStore } from '#platform/kv/kv';
import { maskName } from '#platform/masking';
import { parseNik, parseNip, parseNpwp } from '#domain/identifiers';
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

const NOT_FOUND: ParticipantCheckResult = { found: false, nip: null, nameMasked: null, employer: null };

/**
 * Who learns more than `found`: the person about themself, and Taspen staff stating a purpose. Everyone else
 * (another participant, a partner, a kiosk, anonymous callers) gets `found` alone.
 */
export function seesCheckDetails(caller: Caller, recordNik: string, statedPurpose: string | null): boolean {
  if (caller.kind === 'participant' || caller.kind === 'kiosk') return caller.nik === recordNik;
  return decideRead(caller, 'TASPEN', recordNik, 'profile').allowed && statedPurpose !== null;
}

export async function checkParticipant(
  deps: { participants: TaspenParticipantRepository; kv: KeyValueStore; readLog: ReadLogWriter },
  caller: Caller,
  clientIp: string,
  statedPurpose: string | null,
  rawIdentifier: string,
): Promise<ParticipantCheckResult> {
  const identifier = parseParticipantIdentifier(rawIdentifier);
  const key = limiterKey(caller, clientIp);
  await consume(deps.kv, key, CHECKS_PER_WINDOW, CHECK_WINDOW_SECONDS);
  const record = await deps.participants.findByIdentifier(identifier);
  const details = record ? seesCheckDetails(caller, record.nik, statedPurpose) : false;
  // Every check is on record, whoever asked and whatever it found (the person sees checks of them in their log).
  await logRead(deps.readLog, caller, {
    nik: record?.nik ?? null, action: 'CHECK_TASPEN_PARTICIPANT', fields: details ? CHECK_FIELDS : ['taspen.found'],
    statedPurpose, always: true,
  });
  if (!record) return NOT_FOUND;
  if (!details) return { ...NOT_FOUND, found: true };
  return { found: true, nip: record.nip, nameMasked: maskName(record.fullName), employer: record.employer };
}

const CHECK_FIELDS = ['taspen.found', 'taspen.nip', 'taspen.nameMasked', 'taspen.employer'];
