// POST /internal/identity-check, served by each agency subgraph for identity (signed service call): does
// the stated identity match the agency's record of that NIK? The answer is only yes or no, with the
// record's name, birth date and gender when yes — never which field differs. The agency supplies how to
// find its record and which of its own numbers (NIP, KPJ, …) must also agree.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Platform } from '#platform/runtime';
import { parseNik } from './identifiers';
import { namesMatch } from '#platform/validation/names';
import { requireInternalCaller } from '#platform/http/internal';

export const IDENTITY_CHECK_PATH = '/internal/identity-check';

export interface AgencyRecord {
  fullName: string;
  birthDate: string;
}

export interface IdentityCheckOptions<R extends AgencyRecord> {
  findByNik(em: EntityManager, nik: string): Promise<R | null>;
  /** The agency's own numbers in the claim (trimmed strings, '' when absent) agree with the record. */
  numbersMatch(claim: Record<string, string>, record: R): boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function mountIdentityCheckRoute<R extends AgencyRecord>(
  app: Express,
  deps: { orm: MikroORM; platform: Platform },
  options: IdentityCheckOptions<R>,
): void {
  app.post(IDENTITY_CHECK_PATH, requireInternalCaller(deps.platform.config.internalServiceSecret), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const claim = Object.fromEntries(Object.entries(body).map(([key, value]) => [key, text(value)]));
    const nik = claim.nik ?? '';
    if (!/^\d{16}$/.test(nik)) {
      res.json({ match: false });
      return;
    }
    const record = await options.findByNik(deps.orm.em.fork(), nik);
    const match = Boolean(
      record && namesMatch(claim.fullName ?? '', record.fullName) && claim.birthDate === record.birthDate && options.numbersMatch(claim, record),
    );
    if (!record || !match) {
      res.json({ match: false });
      return;
    }
    const parsed = parseNik(nik);
    res.json({ match: true, fullName: record.fullName, birthDate: record.birthDate, gender: parsed.ok ? parsed.value.gender : null });
  });
}
