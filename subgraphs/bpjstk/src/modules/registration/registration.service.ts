// BPU and employer (PU) registration: validate every identifier, give new NIKs a self-registered
// (unverified) record and a KPJ, ask an officer to link NIKs BPJS TK already knows, and answer with a payment code for the first month's contributions.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import type { BpjsTkServiceConfig } from '../../config';
import { documentOwnerOf, isDocumentId, ownDocuments, type DocumentStore } from '#platform/documents/document-store';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '#platform/errors';
import type { KeyValueStore } from '#platform/kv/kv';
import { consume } from '#platform/kv/rate-limit';
import { requireDate, requireEmail, requireIntRange, requirePhone, requireRupiah, requireText } from '#platform/validation/require';
import { requireNib, requireNik, requireNpwp } from '#domain/require-identifiers';
import type { BpjsTkContext } from '../../context';
import { randomKpj, randomRegistrationNumber } from '../common/codes';
import { BpjsTkParticipantStatus, EmployerStatus } from '../common/enums';
import { bpuContribution, BPU_PROGRAMS, puContribution, ratesFromConfig, type BpjsTkProgramCode } from '../contribution/contribution.calculator';
import { BPJSTK_READERS } from '../participant/participant.rules';
import { ParticipantLinkRecord } from '../verification/verification.entity';
import type { BpuRegistrationInput, EmployerRegistrationInput } from './registration.inputs';
import { BpuRegistrationRecord, type EmployerRecord, type EmployerWorkerRecord, type PaymentCodeRecord } from './registration.entity';
import type { RegistrationRepository } from './registration.repository';
import type { BpuRegistration, Employer, EmployerWorker, PaymentCode } from './registration.type';
import { BpjsTkParticipantRecord, isTrustedRecord } from '../participant/participant.entity';

/** What a registration call needs of its request (the client address for the rate limit). */
export type RegistrationScope = Pick<BpjsTkContext, 'caller' | 'em' | 'loaders' | 'clientIp'>;

export interface RegistrationServiceDeps {
  /** The contribution rates. */
  config: BpjsTkServiceConfig;
  /** Where the cited uploads' owners are looked up (identity owns the documents). */
  documents: Pick<DocumentStore, 'metadata'>;
  /** The rate limit's counters. */
  kv: KeyValueStore;
}

const registrationsOf = (em: EntityManager): RegistrationRepository => em.getRepository(BpuRegistrationRecord);

export const PAYMENT_CODE_HOURS = 48;
const MAX_WORKERS = 1_000;

export function toPaymentCode(code: PaymentCodeRecord | null | undefined): PaymentCode | null {
  return code ? { code: code.code, amount: Number(code.amount), expiresAt: new Date(code.expiresAt) } : null;
}

function requirePrograms(programs: readonly string[], allowed: readonly BpjsTkProgramCode[]): BpjsTkProgramCode[] {
  const unique = [...new Set(programs)] as BpjsTkProgramCode[];
  const notAllowed = unique.find((p) => !allowed.includes(p));
  if (notAllowed) throw new BadInputError('programs', `${notAllowed} is not available for this membership.`);
  if (!unique.includes('JKK') || !unique.includes('JKM')) throw new BadInputError('programs', 'programs must include JKK and JKM.');
  return unique;
}

const optionalKey = (key: string | null | undefined) => (key ? requireText('idempotencyKey', key, 100) : null);

/** A new participant with a fresh random KPJ (drawn again on the rare collision). */
async function createParticipant(
  em: EntityManager,
  person: { nik: string; fullName: string; birthDate: string; membership: 'PU' | 'BPU'; phone?: string | null; email?: string | null },
): Promise<string> {
  const participants = em.getRepository(BpjsTkParticipantRecord);
  for (let attempt = 0; attempt < 10; attempt++) {
    const kpj = randomKpj();
    if (await participants.insertSelfRegistered({ ...person, kpj })) return kpj;
    if (await participants.byNik(person.nik)) throw new ConflictError('This NIK was registered at the same moment; try again.');
  }
  throw new ConflictError('No KPJ could be assigned; try again.');
}

class Duplicate extends Error {}

interface ValidWorker {
  nik: string;
  fullName: string;
  birthDate: string;
  monthlyWage: number;
}

function validateWorkers(input: EmployerRegistrationInput): ValidWorker[] {
  if (!input.workers.length) throw new BadInputError('workers', 'workers must list at least one worker.');
  if (input.workers.length > MAX_WORKERS) throw new BadInputError('workers', `At most ${MAX_WORKERS} workers per registration.`);
  const seen = new Set<string>();
  return input.workers.map((w, i) => {
    const where = `workers[${i}]`;
    const prefix = (field: string, fn: () => unknown) => {
      try {
        return fn();
      } catch (error) {
        if (error instanceof BadInputError) throw new BadInputError(`${where}.${field}`, `${where}.${field}: ${error.message}`);
        throw error;
      }
    };
    const birthDate = prefix('birthDate', () => requireDate('birthDate', w.birthDate)) as string;
    const nik = (prefix('nik', () => requireNik('nik', w.nik, { birthDate })) as { nik: string }).nik;
    if (seen.has(nik)) throw new BadInputError(`${where}.nik`, `${where}.nik: this NIK is listed twice.`);
    seen.add(nik);
    const fullName = prefix('fullName', () => requireText('fullName', w.fullName)) as string;
    const monthlyWage = prefix('monthlyWage', () => requireRupiah('monthlyWage', w.monthlyWage)) as number;
    return { nik, fullName, birthDate, monthlyWage };
  });
}

async function requireOwnDocuments(documents: Pick<DocumentStore, 'metadata'>, caller: Caller, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const owner = documentOwnerOf(caller);
  if (!owner) throw new BadInputError('documentIds', 'Sign in to cite uploaded documents.');
  if (ids.some((id) => !isDocumentId(id))) throw new BadInputError('documentIds', 'documentIds must be ids of your uploads.');
  const own = await ownDocuments(documents, caller, ids);
  if (ids.some((id) => !own.has(id))) throw new BadInputError('documentIds', 'Every document must be one of your uploads.');
  return [...new Set(ids)];
}

export class RegistrationService {
  constructor(private readonly deps: RegistrationServiceDeps) {}

  /** Public registrations are limited per client address (kv), so the KPJ space is not farmed. */
  private async limitPerIp(scope: RegistrationScope, what: string): Promise<void> {
    await consume(this.deps.kv, `bpjstk:${what}:ip:${scope.clientIp}`, 30, 3600);
  }

  async registerBpu(scope: RegistrationScope, input: BpuRegistrationInput): Promise<BpuRegistration> {
    const birthDate = requireDate('birthDate', input.birthDate);
    const nik = requireNik('nik', input.nik, { birthDate }).nik;
    const fullName = requireText('fullName', input.fullName);
    const email = requireEmail('email', input.email);
    const phone = requirePhone('phone', input.phone);
    const occupation = requireText('occupation', input.occupation, 100);
    const monthlyIncome = requireRupiah('monthlyIncome', input.monthlyIncome);
    const programs = requirePrograms(input.programs, BPU_PROGRAMS);
    const address = requireText('address', input.address, 500);
    const city = requireText('city', input.city, 100);
    const key = optionalKey(input.idempotencyKey);
    const repo = registrationsOf(scope.em);
    const replay = async () => {
      const earlier = key ? await repo.bpuByIdempotencyKey(nik, key) : null;
      return earlier ? this.bpuResult(scope, earlier.id) : null;
    };
    const first = await replay();
    if (first) return first;
    await this.limitPerIp(scope, 'register');

    const amount = bpuContribution(monthlyIncome, programs, ratesFromConfig(this.deps.config)).total;
    try {
      const id = await scope.em.transactional(async (em) => {
        // A NIK BPJS TK already knows is answered exactly like a new one: the registration asks to be
        // linked to that record, which changes nothing until an officer confirms it (verification queue).
        const existing = await em.getRepository(BpjsTkParticipantRecord).byNik(nik);
        const kpj = existing ? null : await createParticipant(em, { nik, fullName, birthDate, membership: 'BPU', phone, email });
        const registrationId = randomUUID();
        const tx = registrationsOf(em);
        const inserted = await tx.insertBpu({
          id: registrationId,
          kpj,
          nik,
          newParticipant: !existing,
          email,
          phone,
          occupation,
          monthlyIncome,
          programs,
          address,
          city,
          idempotencyKey: key,
        });
        if (!inserted) throw new Duplicate();
        if (existing) await em.getRepository(ParticipantLinkRecord).add({ nik, fullName, birthDate, source: 'BPU', bpuRegistrationId: registrationId });
        await tx.createPaymentCode({ bpuRegistrationId: registrationId }, amount, new Date(Date.now() + PAYMENT_CODE_HOURS * 3_600_000));
        return registrationId;
      });
      return await this.bpuResult(scope, id);
    } catch (error) {
      if (error instanceof Duplicate) {
        const winner = await replay();
        if (winner) return winner;
      }
      throw error;
    }
  }

  private async bpuResult(scope: RegistrationScope, id: string): Promise<BpuRegistration> {
    const repo = registrationsOf(scope.em);
    const registration = await repo.bpuById(id);
    if (!registration) throw new NotFoundError('The registration');
    const [code] = await repo.paymentCodesFor([id]);
    return {
      id,
      status: code?.status === 'PAID' ? BpjsTkParticipantStatus.ACTIVE : BpjsTkParticipantStatus.PENDING_PAYMENT,
      // Never shown here, new NIK or known one alike (the answer must not tell them apart): a new
      // participant's KPJ goes to the registration's e-mail once the code is paid.
      kpj: null,
      paymentCode: toPaymentCode(code),
    };
  }

  async registerEmployer(scope: RegistrationScope, input: EmployerRegistrationInput): Promise<Employer> {
    const name = requireText('name', input.name);
    const npwp = requireNpwp('npwp', input.npwp);
    const nib = requireNib('nib', input.nib);
    const ownerNik = requireNik('ownerNik', input.ownerNik).nik;
    const ownerName = requireText('ownerName', input.ownerName);
    const address = requireText('address', input.address, 500);
    const city = requireText('city', input.city, 100);
    const email = requireEmail('email', input.email);
    const phone = requirePhone('phone', input.phone);
    const jkkRiskClass = requireIntRange('jkkRiskClass', input.jkkRiskClass, 1, 5);
    const programs = requirePrograms(input.programs, ['JHT', 'JKK', 'JKM', 'JP']);
    const workers = validateWorkers(input);
    const documentIds = await requireOwnDocuments(this.deps.documents, scope.caller, input.documentIds ?? []);
    const key = optionalKey(input.idempotencyKey);
    const repo = registrationsOf(scope.em);
    const replay = async () => {
      const earlier = key ? await repo.employerByIdempotencyKey(npwp, key) : null;
      return earlier ? toEmployer(earlier) : null;
    };
    const first = await replay();
    if (first) return first;
    await this.limitPerIp(scope, 'register');

    const rates = ratesFromConfig(this.deps.config);
    const contributions = workers.map((w) => puContribution(w.monthlyWage, jkkRiskClass, programs, rates).total);
    // A wage too small to give any contribution would reach the payment code's `amount > 0` check as a 500.
    const none = contributions.findIndex((total) => total <= 0);
    if (none >= 0) throw new BadInputError(`workers[${none}].monthlyWage`, `workers[${none}].monthlyWage: too small to give any contribution.`);
    const amount = contributions.reduce((sum, total) => sum + total, 0);
    const registeredBy = scope.caller.kind === 'participant' || scope.caller.kind === 'staff' ? `account:${scope.caller.accountId}` : null;
    try {
      const id = await scope.em.transactional(async (em) => {
        const tx = registrationsOf(em);
        const employerId = randomUUID();
        const inserted = await tx.insertEmployer({
          id: employerId,
          registrationNumber: randomRegistrationNumber(new Date().getUTCFullYear()),
          name,
          npwp,
          nib,
          ownerNik,
          ownerName,
          address,
          city,
          email,
          phone,
          jkkRiskClass,
          programs,
          documentIds,
          registeredBy,
          idempotencyKey: key,
        });
        if (!inserted) throw new Duplicate();
        const participants = em.getRepository(BpjsTkParticipantRecord);
        const existing = new Set((await participants.byNiks(workers.map((w) => w.nik))).map((p) => p.nik));
        const linked: Array<{ kpj: string; monthlyWage: number; position: number }> = [];
        const links = em.getRepository(ParticipantLinkRecord);
        for (const [position, worker] of workers.entries()) {
          // A worker BPJS TK already knows is not touched (status, employer, name): the employer's claim to
          // them waits for an officer, and the answer looks the same as for a new worker.
          if (existing.has(worker.nik)) {
            await links.add({ ...worker, source: 'EMPLOYER', employerId, position, monthlyWage: worker.monthlyWage });
            continue;
          }
          const kpj = await createParticipant(em, { ...worker, membership: 'PU' });
          linked.push({ kpj, monthlyWage: worker.monthlyWage, position });
        }
        await tx.addWorkers(employerId, linked);
        await tx.createPaymentCode({ employerId }, amount, new Date(Date.now() + PAYMENT_CODE_HOURS * 3_600_000));
        return employerId;
      });
      const [row] = await repo.employersByIds([id]);
      return toEmployer(row);
    } catch (error) {
      if (error instanceof Duplicate) {
        const winner = await replay();
        if (winner) return winner;
      }
      throw error;
    }
  }

  /** Staff who read BPJS TK records, and the account that registered the employer. */
  async employer(scope: RegistrationScope, id: string): Promise<Employer | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('The employer');
    const row = await scope.loaders.employerById.load(id);
    if (!row) throw new NotFoundError('The employer');
    const caller = scope.caller;
    const isReader = caller.kind === 'staff' && caller.roles.some((r) => (BPJSTK_READERS as readonly string[]).includes(r));
    const isRegistrant = 'accountId' in caller && row.registeredBy === `account:${caller.accountId}`;
    if (!isReader && !isRegistrant) throw new ForbiddenError();
    return toEmployer(row);
  }

  /** The employer's payment code (through the DataLoader). */
  async paymentCode(scope: RegistrationScope, employer: Employer): Promise<PaymentCode | null> {
    return toPaymentCode(await scope.loaders.paymentCodeByRegistration.load(employer.id));
  }

  /** The employer's workers as the caller may see them (through the DataLoaders). */
  async workers(scope: RegistrationScope, employer: Employer): Promise<EmployerWorker[]> {
    const [rows, links] = await Promise.all([scope.loaders.workersByEmployer.load(employer.id), scope.loaders.linksByEmployer.load(employer.id)]);
    return employerWorkers(scope.caller, employer, rows, links);
  }
}

export function toEmployer(row: EmployerRecord): Employer {
  return {
    id: row.id,
    registrationNumber: row.registrationNumber,
    name: row.name,
    status: row.status,
    paymentCode: null, // resolved per field (DataLoader)
    workers: [],
    registeredBy: row.registeredBy ?? null,
  };
}

/**
 * The worker list as the caller may see it. A registrant sees the same for a new worker and for one BPJS TK
 * already knew (PENDING_PAYMENT, then nothing until verified): no KPJ, status or employer of a record is
 * revealed by naming its NIK. BPJS TK staff see the records as they are.
 */
export function employerWorkers(caller: Caller, employer: Employer, rows: EmployerWorkerRecord[], links: ParticipantLinkRecord[]): EmployerWorker[] {
  const staff = caller.kind === 'staff' && caller.roles.some((r) => (BPJSTK_READERS as readonly string[]).includes(r));
  const unverified = employer.status === EmployerStatus.ACTIVE ? null : BpjsTkParticipantStatus.PENDING_PAYMENT;
  const workers = rows.map((w) => {
    const participant = w.participant.getEntity();
    return {
      position: w.position,
      worker:
        staff || isTrustedRecord(participant)
          ? { nik: participant.nik, kpj: participant.kpj, status: participant.status }
          : { nik: participant.nik, kpj: null, status: unverified },
    };
  });
  const pending = links.filter((l) => l.status !== 'CONFIRMED').map((l) => ({ position: l.position, worker: { nik: l.nik, kpj: null, status: unverified } }));
  return [...workers, ...pending].sort((a, b) => a.position - b.position).map((w) => w.worker);
}
