// POST /internal/identity-check (signed service call, identity only): does the stated identity
// match the BPJS Ketenagakerjaan record of that NIK? Answers only yes or no, with the record's name, birth date
// and gender when yes — never which field differs.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { requireInternalCaller } from '#platform/http/internal';
import type { Platform } from '#platform/runtime';
import { namesMatch } from '#platform/validation/names';
import { parseNik } from '#platform/validation/identifiers';
import { BpjsTkParticipantRecord } from './participant.entity';

interface Claim {
  nik?: unknown;
  fullName?: unknown;
  birthDate?: unknown;
  kpj?: unknown;
  membership?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function mountIdentityCheck(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  app.post('/internal/identity-check', requireInternalCaller(deps.platform.config.internalServiceSecret), async (req, res) => {
    const claim = (req.body ?? {}) as Claim;
    const nik = text(claim.nik);
    if (!/^\d{16}$/.test(nik)) {
      res.json({ match: false });
      return;
    }
    const record = await deps.orm.em.fork().findOne(BpjsTkParticipantRecord, { nik });
    const kpj = text(claim.kpj);
    const membership = text(claim.membership);
    const match = Boolean(
      record && namesMatch(text(claim.fullName), record.fullName) && text(claim.birthDate) === record.birthDate &&
        (!kpj || kpj === record.kpj) && (!membership || membership === record.membership),
    );
    if (!record || !match) {
      res.json({ match: false });
      return;
    }
    const parsed = parseNik(nik);
    res.json({ match: true, fullName: record.fullName, birthDate: record.birthDate, gender: parsed.ok ? parsed.value.gender : null });
  });
}
