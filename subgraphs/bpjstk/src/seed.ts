// Demo data of the bpjstk schema: the personas' BPJS TK records exactly as personas.json states
// them, a ledger adding up to each one's JHT balance to the rupiah, their KPJ cards, and the branch offices.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ensureCard } from '#domain/cards/cards';
import { bpjsTkConfig, type BpjsTkConfig } from './config';
import type { Platform } from '#platform/runtime';
import { personas, type Persona } from '#domain/seed/personas';
import { BranchOfficeRecord } from './modules/branch/branch.entity';
import { branchIdOf } from './modules/branch/branch.service';
import { buildLedger } from './modules/ledger/ledger.builder';
import { ContributionLedgerRecord } from './modules/ledger/ledger.entity';
import { BpjsTkParticipantRecord } from './modules/participant/participant.entity';

/** The month the ledger of an active participant runs to. */
export const SEED_LAST_ACTIVE_PERIOD = '2026-10';

/** First and last month of a persona's contributions: from the month of memberSince up to inactiveSince (or the seed month). */
export function ledgerSpan(record: { memberSince: string; inactiveSince?: string }): { firstPeriod: string; lastPeriod: string } {
  return { firstPeriod: record.memberSince.slice(0, 7), lastPeriod: record.inactiveSince ? record.inactiveSince.slice(0, 7) : SEED_LAST_ACTIVE_PERIOD };
}

/** JHT shares (percent) by membership, from configuration. */
export function jhtRates(config: BpjsTkConfig, membership: 'PU' | 'BPU') {
  return membership === 'PU' ? { employer: config.JHT_EMPLOYER_RATE, worker: config.JHT_WORKER_RATE } : { employer: 0, worker: config.BPU_JHT_RATE };
}

export function personaLedger(person: Persona, config: BpjsTkConfig) {
  const record = person.bpjsTk!;
  const span = ledgerSpan(record);
  const entries = buildLedger({
    balance: record.jhtBalance,
    ...span,
    membership: record.membership,
    seed: record.kpj,
    rates: jhtRates(config, record.membership),
  });
  return { ...span, entries };
}

const SYNTHETIC_ADDRESSES: Record<string, string> = {
  lhokseumawe: 'Jl. Merdeka No. 12, Lhokseumawe',
  'tebing-tinggi': 'Jl. Sudirman No. 45, Tebing Tinggi',
  'medan-kota': 'Jl. Pandu No. 3, Medan',
  'jakarta-salemba': 'Jl. Salemba Raya No. 55, Jakarta Pusat',
  'surabaya-rungkut': 'Jl. Rungkut Industri No. 10, Surabaya',
  'bandung-suci': 'Jl. PHH Mustofa No. 39, Bandung',
};

export async function seedBpjsTk(em: EntityManager, platform: Platform): Promise<void> {
  const branches = em.getRepository(BranchOfficeRecord);
  for (const office of personas.branchOffices) {
    const id = branchIdOf(office.name);
    await branches.upsertOffice({
      id,
      name: office.name,
      city: office.city,
      address: SYNTHETIC_ADDRESSES[id] ?? `${office.name}, ${office.city}`,
      latitude: office.latitude,
      longitude: office.longitude,
    });
  }
  if ((await em.count(BpjsTkParticipantRecord)) > 0) return;
  const ledger = em.getRepository(ContributionLedgerRecord);
  for (const person of personas.people) {
    if (!person.bpjsTk) continue;
    em.create(BpjsTkParticipantRecord, {
      origin: 'AGENCY',
      kpj: person.bpjsTk.kpj,
      nik: person.nik,
      fullName: person.fullName,
      birthDate: person.birthDate,
      membership: person.bpjsTk.membership,
      status: person.bpjsTk.status,
      inactiveSince: person.bpjsTk.inactiveSince ?? null,
      memberSince: person.bpjsTk.memberSince,
      employer: person.bpjsTk.employer ?? null,
    });
  }
  await em.flush();
  for (const person of personas.people) {
    if (!person.bpjsTk) continue;
    const { firstPeriod, entries } = personaLedger(person, bpjsTkConfig(platform.config));
    await ledger.insertEntries(person.bpjsTk.kpj, entries);
    await ensureCard(em, { agency: 'BPJSTK', number: person.bpjsTk.kpj, nik: person.nik, holderName: person.fullName, issuedAt: `${firstPeriod}-15` });
  }
}
