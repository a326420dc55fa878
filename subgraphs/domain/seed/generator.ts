// Generated demo people for load and scale work (`npm run seed -- --people N`). Deterministic: person i
// is the same in every run and for every N, so seeding twice with the same N adds nothing the second time.
// Identifiers follow DOMAIN.md (real province codes and dates, women's day + 40, NIP agreeing with the NIK)
// and keep clear of the personas: NIK serials 5000–9999, NIP serials 500–999.
import { mulberry32 } from '#platform/seed/random';
import { isoDate, isRealDate } from '#platform/validation/dates';
import { PROVINCE_CODES, type Gender } from '../identifiers';
import { personas } from './personas';
import { ARTICLES, CITIES, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, TASPEN_EMPLOYERS, COMPANY_WORDS } from './names';

export interface GeneratedTaspen {
  nip: string;
  appointedOn: string;
  employer: string;
  status: 'ACTIVE' | 'RETIRED';
  thtBalance: number;
}

export interface GeneratedBpjsTk {
  kpj: string;
  membership: 'PU' | 'BPU';
  status: 'ACTIVE' | 'INACTIVE';
  /** First month of membership, `YYYY-MM-01`. */
  memberSince: string;
  inactiveSince: string | null;
  employer: string | null;
  /** Declared monthly wage (PU) or income (BPU), whole rupiah. */
  monthlyWage: number;
  jhtBalance: number;
}

export interface GeneratedPerson {
  /** Position in the generated sequence; also the seed of the person's own random numbers. */
  index: number;
  nik: string;
  fullName: string;
  birthDate: string;
  gender: Gender;
  taspen: GeneratedTaspen | null;
  bpjsTk: GeneratedBpjsTk | null;
}

/** Shares of the agencies' overlap: ~35% Taspen only, ~50% BPJS TK only, ~15% both. */
export const AGENCY_MIX = { taspenOnly: 0.35, bpjsTkOnly: 0.5, both: 0.15 } as const;

/** Balances and statuses are as of this day, so that the data does not change with the calendar. */
export const GENERATED_AS_OF = '2026-10-31';
const AS_OF_YEAR = 2026;

type Random = () => number;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const roundTo = (value: number, step: number) => Math.round(value / step) * step;

const PROVINCES = [...PROVINCE_CODES];

function randomDate(random: Random, fromYear: number, toYear: number): { year: number; month: number; day: number } {
  for (;;) {
    const year = between(random, fromYear, toYear);
    const month = between(random, 1, 12);
    const day = between(random, 1, 31);
    if (isRealDate(year, month, day)) return { year, month, day };
  }
}

/** The identifiers already taken, so that every generated one is unique (personas included). */
class Taken {
  private readonly niks = new Set<string>(personas.people.map((p) => p.nik));
  private readonly nips = new Set<string>(personas.people.flatMap((p) => (p.taspen ? [p.taspen.nip] : [])));
  private readonly kpjs = new Set<string>(personas.people.flatMap((p) => (p.bpjsTk ? [p.bpjsTk.kpj] : [])));

  claim(kind: 'niks' | 'nips' | 'kpjs', make: () => string): string {
    for (;;) {
      const candidate = make();
      if (!this[kind].has(candidate)) {
        this[kind].add(candidate);
        return candidate;
      }
    }
  }
}

function generateOne(index: number, seed: number, taken: Taken): GeneratedPerson {
  const random = mulberry32(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const gender: Gender = random() < 0.5 ? 'M' : 'F';
  const born = randomDate(random, 1962, 2003);
  const birthDate = isoDate(born.year, born.month, born.day);
  const province = pick(random, PROVINCES);
  const nik = taken.claim('niks', () => {
    const day = gender === 'F' ? born.day + 40 : born.day;
    return (
      `${province}${pad(between(random, 1, 79), 2)}${pad(between(random, 1, 40), 2)}` +
      `${pad(day, 2)}${pad(born.month, 2)}${pad(born.year % 100, 2)}${between(random, 5000, 9999)}`
    );
  });
  const first = pick(random, gender === 'M' ? MALE_NAMES : FEMALE_NAMES);
  const fullName = random() < 0.15 ? first : `${first} ${pick(random, FAMILY_NAMES)}`;

  const roll = random();
  const inTaspen = roll < AGENCY_MIX.taspenOnly + AGENCY_MIX.both;
  const inBpjsTk = roll >= AGENCY_MIX.taspenOnly;
  const city = pick(random, CITIES);

  let taspen: GeneratedTaspen | null = null;
  let appointedYear = AS_OF_YEAR + 1;
  if (inTaspen) {
    appointedYear = Math.min(born.year + between(random, 21, 35), AS_OF_YEAR - 1);
    const appointedMonth = between(random, 1, 12);
    const nip = taken.claim(
      'nips',
      () =>
        `${born.year}${pad(born.month, 2)}${pad(born.day, 2)}${appointedYear}${pad(appointedMonth, 2)}` +
        `${gender === 'M' ? 1 : 2}${between(random, 500, 999)}`,
    );
    const years = AS_OF_YEAR - appointedYear;
    taspen = {
      nip,
      appointedOn: isoDate(appointedYear, appointedMonth, 1),
      employer: `${pick(random, TASPEN_EMPLOYERS)} ${city}`,
      status: AS_OF_YEAR - born.year >= 58 ? 'RETIRED' : 'ACTIVE',
      thtBalance: roundTo(years * between(random, 1_200_000, 3_600_000), 50),
    };
  }

  let bpjsTk: GeneratedBpjsTk | null = null;
  if (inBpjsTk) {
    const kpj = taken.claim('kpjs', () => `${pad(between(random, 0, 26), 2)}${pad(between(random, 0, 999_999_999), 9)}`);
    // A civil servant in BPJS TK is one who worked privately before the appointment.
    const startYear = Math.min(born.year + between(random, 18, 30), (inTaspen ? appointedYear : AS_OF_YEAR) - 1);
    const membership = random() < 0.8 ? 'PU' : 'BPU';
    // On becoming a civil servant they left private work: the BPJS TK record went inactive.
    const leftForCivilService = inTaspen;
    const inactive = leftForCivilService || random() < 0.25;
    const startMonth = between(random, 1, 12);
    const endYear = leftForCivilService ? appointedYear - 1 : inactive ? between(random, startYear, AS_OF_YEAR - 1) : AS_OF_YEAR;
    // Active members contribute up to the as-of month; the last month of an inactive one is never before the first.
    const endMonth = inactive ? between(random, endYear === startYear ? startMonth : 1, 12) : Number(GENERATED_AS_OF.slice(5, 7));
    const inactiveSince = inactive ? isoDate(endYear, endMonth, 28) : null;
    const monthlyWage = roundTo(membership === 'PU' ? between(random, 2_500_000, 15_000_000) : between(random, 1_000_000, 6_000_000), 50_000);
    const months = Math.max(1, (endYear - startYear) * 12 + endMonth - startMonth + 1);
    const rate = membership === 'PU' ? 0.057 : 0.02;
    bpjsTk = {
      kpj,
      membership,
      status: inactive ? 'INACTIVE' : 'ACTIVE',
      memberSince: isoDate(startYear, startMonth, 1),
      inactiveSince,
      employer: membership === 'PU' ? `${pick(random, ARTICLES)} ${pick(random, COMPANY_WORDS)} ${pick(random, COMPANY_WORDS)} ${city}` : null,
      monthlyWage,
      jhtBalance: roundTo(monthlyWage * rate * months * (1 + random() * 0.3), 100),
    };
  }
  return { index, nik, fullName, birthDate, gender, taspen, bpjsTk };
}

/**
 * Generates people 0 … count-1 in batches. Uniqueness is checked against every earlier person of the
 * sequence, so the sequence must always start at 0 for the result to be the same.
 */
export function* generatePeople(count: number, options: { seed?: number; batchSize?: number } = {}): Generator<GeneratedPerson[]> {
  const seed = options.seed ?? 1;
  const batchSize = options.batchSize ?? 5_000;
  const taken = new Taken();
  let batch: GeneratedPerson[] = [];
  for (let index = 0; index < count; index++) {
    batch.push(generateOne(index, seed, taken));
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
