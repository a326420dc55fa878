// Applying a paid payment code, in ONE transaction: the payment is recorded once per reference
// (insert … on conflict on its primary key), the participation(s) become ACTIVE, the JHT ledger gets
// its first contribution and the KPJ card is issued.
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueMessage } from '#platform/messaging/outbox';
import type { Platform } from '#platform/runtime';
import { hubPeriod, hubToday } from '#platform/clock';
import { bpuContribution, jhtShare, puContribution, ratesFromConfig, type BpjsTkProgramCode } from '../contribution/contribution.calculator';
import { issueKpjCard } from '../card/card.service';
import { LedgerRepository } from '../ledger/ledger.repository';
import { BpjsTkParticipantRepository } from '../participant/participant.repository';
import { BpuRegistrationRecord, type EmployerRecord, type EmployerWorkerRecord } from '../registration/registration.entity';
import { LinkRepository } from '../verification/link.repository';

export interface PaymentNotice {
  reference: string;
  paymentCode: string;
  amount: number;
  paidAt: Date;
}

export type PaymentOutcome =
  | { status: 'applied' }
  | { status: 'duplicate' }
  | { status: 'unknown_code' }
  | { status: 'amount_mismatch' }
  | { status: 'already_paid' }
  | { status: 'expired' };

class Refused extends Error {
  constructor(readonly outcome: PaymentOutcome) {
    super(outcome.status);
  }
}

export async function applyPayment(rootEm: EntityManager, platform: Platform, notice: PaymentNotice): Promise<PaymentOutcome> {
  try {
    return await rootEm.fork().transactional(async (em) => {
      const registrations = em.getRepository(BpuRegistrationRecord);
      const code = await registrations.lockPaymentCode(notice.paymentCode);
      if (!code) throw new Refused({ status: 'unknown_code' });
      if (Number(code.amount) !== notice.amount) throw new Refused({ status: 'amount_mismatch' });
      if (!(await registrations.recordPayment(notice.reference, code.code, notice.amount, notice.paidAt))) {
        return { status: 'duplicate' } as const;
      }
      if (code.status === 'PAID') throw new Refused({ status: 'already_paid' });
      if (new Date(code.expiresAt).getTime() < notice.paidAt.getTime()) throw new Refused({ status: 'expired' });
      await registrations.markPaid(code.code, notice.paidAt);
      if (code.bpuRegistration) await activateBpu(em, platform, code.bpuRegistration.id, notice);
      else if (code.employer) await activateEmployer(em, platform, code.employer.id, notice);
      return { status: 'applied' } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    throw error;
  }
}

async function activateBpu(em: EntityManager, platform: Platform, registrationId: string, notice: PaymentNotice) {
  const registration = (await em.getRepository(BpuRegistrationRecord).bpuById(registrationId))!;
  if (!registration.kpj) {
    // A link request to a record BPJS TK already holds: paid, but nothing of that record changes until an
    // officer confirms the link (the confirmation then applies this payment).
    await new LinkRepository(em).markPaid({ bpuRegistrationId: registrationId }, notice.paidAt);
    await enqueueMessage(em, {
      channel: 'EMAIL',
      to: registration.email,
      subject: 'Your BPJS Ketenagakerjaan payment was received',
      body: 'Your payment was received. A BPJS Ketenagakerjaan officer verifies your registration and tells you by e-mail when it is active.',
      kind: 'GENERAL',
      dedupeKey: `bpjstk:activated:${notice.reference}`,
    });
    return;
  }
  await activateBpuParticipation(em, platform, { ...registration, kpj: registration.kpj }, notice.paidAt);
  await enqueueMessage(em, {
    channel: 'EMAIL',
    to: registration.email,
    subject: 'Your BPJS Ketenagakerjaan participation is active',
    body: `Your BPU participation is active. KPJ ${registration.kpj}. Your digital KPJ card is in your account.`,
    kind: 'KPJ_CARD',
    dedupeKey: `bpjstk:activated:${notice.reference}`,
  });
}

/** A paid BPU registration's participation: ACTIVE as BPU, its first contribution, the card. */
export async function activateBpuParticipation(
  em: EntityManager, platform: Platform, registration: { kpj: string; monthlyIncome: number; programs: string[] }, paidAt: Date,
): Promise<void> {
  const participants = new BpjsTkParticipantRepository(em);
  await participants.activate([registration.kpj], paidAt, { membership: 'BPU', employer: null });
  const share = jhtShare(bpuContribution(Number(registration.monthlyIncome), registration.programs as BpjsTkProgramCode[], ratesFromConfig(platform.config)));
  await new LedgerRepository(em).addContribution(registration.kpj, hubPeriod(platform.config, paidAt), share.employer, share.worker);
  const participant = (await participants.findByKpj(registration.kpj))!;
  await issueKpjCard(em, platform.keys, participant, hubToday(platform.config));
}

async function activateEmployer(em: EntityManager, platform: Platform, employerId: string, notice: PaymentNotice) {
  const registrations = em.getRepository(BpuRegistrationRecord);
  const [employer] = await registrations.employersByIds([employerId]);
  const workers = (await registrations.workersOf([employerId])).map(workerOf);
  await registrations.activateEmployer(employerId, notice.paidAt);
  await new LinkRepository(em).markPaid({ employerId }, notice.paidAt);
  await activateWorkers(em, platform, employer, workers, notice.paidAt);
  await enqueueMessage(em, {
    channel: 'EMAIL',
    to: employer.email,
    subject: 'Your BPJS Ketenagakerjaan registration is active',
    body: `Registration ${employer.registrationNumber} is paid for ${workers.length} worker(s) with a new participation; their digital KPJ cards are issued. Workers already known to BPJS Ketenagakerjaan are linked after an officer's check.`,
    kind: 'KPJ_CARD',
    dedupeKey: `bpjstk:activated:${notice.reference}`,
  });
}

/** A worker to activate: the participation and the wage its contribution is computed from. */
export interface ActivatedWorker {
  kpj: string;
  nik: string;
  fullName: string;
  monthlyWage: number;
}

const workerOf = (worker: EmployerWorkerRecord): ActivatedWorker => {
  const participant = worker.participant.getEntity();
  return { kpj: participant.kpj, nik: participant.nik, fullName: participant.fullName, monthlyWage: worker.monthlyWage };
};

/** Workers of a paid employer: ACTIVE under it, their first contribution, their cards. */
export async function activateWorkers(
  em: EntityManager, platform: Platform, employer: Pick<EmployerRecord, 'name' | 'jkkRiskClass' | 'programs'>,
  workers: ActivatedWorker[], paidAt: Date,
): Promise<void> {
  await new BpjsTkParticipantRepository(em).activate(workers.map((w) => w.kpj), paidAt, { membership: 'PU', employer: employer.name });
  const rates = ratesFromConfig(platform.config);
  const period = hubPeriod(platform.config, paidAt);
  const ledger = new LedgerRepository(em);
  const issuedAt = hubToday(platform.config);
  for (const worker of workers) {
    const share = jhtShare(puContribution(Number(worker.monthlyWage), employer.jkkRiskClass, employer.programs as BpjsTkProgramCode[], rates));
    await ledger.addContribution(worker.kpj, period, share.employer, share.worker);
    await issueKpjCard(em, platform.keys, { kpj: worker.kpj, nik: worker.nik, fullName: worker.fullName }, issuedAt);
  }
}
