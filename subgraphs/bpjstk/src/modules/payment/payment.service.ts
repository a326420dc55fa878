// Applying a paid payment code, in ONE transaction: the payment is recorded once per reference
// (insert … on conflict on its primary key), the participation(s) become ACTIVE, the JHT ledger gets
// its first contribution and the KPJ card is issued.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyRing } from '#platform/auth/keys';
import type { BpjsTkServiceConfig } from '../../config';
import { enqueueMessage } from '#platform/messaging/outbox';
import { hubPeriod, hubToday } from '#platform/clock';
import { bpuContribution, jhtShare, puContribution, ratesFromConfig, type BpjsTkProgramCode } from '../contribution/contribution.calculator';
import { issueKpjCard } from '../card/card.service';
import { ContributionLedgerRecord } from '../ledger/ledger.entity';
import { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { BpuRegistrationRecord, type EmployerRecord, type EmployerWorkerRecord } from '../registration/registration.entity';
import { ParticipantLinkRecord } from '../verification/verification.entity';
import { PaymentRecord } from './payment.entity';

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

/** A worker to activate: the participation and the wage its contribution is computed from. */
export interface ActivatedWorker {
  kpj: string;
  nik: string;
  fullName: string;
  monthlyWage: number;
}

export interface PaymentServiceDeps {
  /** The contribution rates and the hub's clock (period of the contribution, card date). */
  config: BpjsTkServiceConfig;
  /** The card signing key. */
  keys: Pick<KeyRing, 'card'>;
}

class Refused extends Error {
  constructor(readonly outcome: PaymentOutcome) {
    super(outcome.status);
  }
}

const workerOf = (worker: EmployerWorkerRecord): ActivatedWorker => {
  const participant = worker.participant.getEntity();
  return { kpj: participant.kpj, nik: participant.nik, fullName: participant.fullName, monthlyWage: worker.monthlyWage };
};

export class PaymentService {
  constructor(private readonly deps: PaymentServiceDeps) {}

  /** Applies a signed payment notice (the webhook has no request scope: its own fork of `rootEm`). */
  async apply(rootEm: EntityManager, notice: PaymentNotice): Promise<PaymentOutcome> {
    try {
      return await rootEm.fork().transactional(async (em) => {
        const payments = em.getRepository(PaymentRecord);
        const code = await payments.lockCode(notice.paymentCode);
        if (!code) throw new Refused({ status: 'unknown_code' });
        if (Number(code.amount) !== notice.amount) throw new Refused({ status: 'amount_mismatch' });
        if (!(await payments.recordOnce(notice.reference, code.code, notice.amount, notice.paidAt))) {
          return { status: 'duplicate' } as const;
        }
        if (code.status === 'PAID') throw new Refused({ status: 'already_paid' });
        if (new Date(code.expiresAt).getTime() < notice.paidAt.getTime()) throw new Refused({ status: 'expired' });
        await payments.markPaid(code.code, notice.paidAt);
        if (code.bpuRegistration) await this.activateBpu(em, code.bpuRegistration.id, notice);
        else if (code.employer) await this.activateEmployer(em, code.employer.id, notice);
        return { status: 'applied' } as const;
      });
    } catch (error) {
      if (error instanceof Refused) return error.outcome;
      throw error;
    }
  }

  /** A paid BPU registration's participation: ACTIVE as BPU, its first contribution, the card. */
  async activateBpuParticipation(em: EntityManager, registration: { kpj: string; monthlyIncome: number; programs: string[] }, paidAt: Date): Promise<void> {
    const { config, keys } = this.deps;
    const participants = em.getRepository(BpjsTkParticipantRecord);
    await participants.activate([registration.kpj], paidAt, { membership: 'BPU', employer: null });
    const share = jhtShare(bpuContribution(Number(registration.monthlyIncome), registration.programs as BpjsTkProgramCode[], ratesFromConfig(config)));
    await em.getRepository(ContributionLedgerRecord).addContribution(registration.kpj, hubPeriod(config, paidAt), share.employer, share.worker);
    const participant = (await participants.byKpj(registration.kpj))!;
    await issueKpjCard(em, keys, participant, hubToday(config));
  }

  /** Workers of a paid employer: ACTIVE under it, their first contribution, their cards. */
  async activateWorkers(
    em: EntityManager,
    employer: Pick<EmployerRecord, 'name' | 'jkkRiskClass' | 'programs'>,
    workers: ActivatedWorker[],
    paidAt: Date,
  ): Promise<void> {
    const { config, keys } = this.deps;
    await em.getRepository(BpjsTkParticipantRecord).activate(
      workers.map((w) => w.kpj),
      paidAt,
      { membership: 'PU', employer: employer.name },
    );
    const rates = ratesFromConfig(config);
    const period = hubPeriod(config, paidAt);
    const ledger = em.getRepository(ContributionLedgerRecord);
    const issuedAt = hubToday(config);
    for (const worker of workers) {
      const share = jhtShare(puContribution(Number(worker.monthlyWage), employer.jkkRiskClass, employer.programs as BpjsTkProgramCode[], rates));
      await ledger.addContribution(worker.kpj, period, share.employer, share.worker);
      await issueKpjCard(em, keys, { kpj: worker.kpj, nik: worker.nik, fullName: worker.fullName }, issuedAt);
    }
  }

  private async activateBpu(em: EntityManager, registrationId: string, notice: PaymentNotice): Promise<void> {
    const registration = (await em.getRepository(BpuRegistrationRecord).bpuById(registrationId))!;
    if (!registration.kpj) {
      // A link request to a record BPJS TK already holds: paid, but nothing of that record changes until an
      // officer confirms the link (the confirmation then applies this payment).
      await em.getRepository(ParticipantLinkRecord).markPaid({ bpuRegistrationId: registrationId }, notice.paidAt);
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
    await this.activateBpuParticipation(em, { ...registration, kpj: registration.kpj }, notice.paidAt);
    await enqueueMessage(em, {
      channel: 'EMAIL',
      to: registration.email,
      subject: 'Your BPJS Ketenagakerjaan participation is active',
      body: `Your BPU participation is active. KPJ ${registration.kpj}. Your digital KPJ card is in your account.`,
      kind: 'KPJ_CARD',
      dedupeKey: `bpjstk:activated:${notice.reference}`,
    });
  }

  private async activateEmployer(em: EntityManager, employerId: string, notice: PaymentNotice): Promise<void> {
    const registrations = em.getRepository(BpuRegistrationRecord);
    const [employer] = await registrations.employersByIds([employerId]);
    const workers = (await registrations.workersOf([employerId])).map(workerOf);
    await em.getRepository(PaymentRecord).activateEmployer(employerId, notice.paidAt);
    await em.getRepository(ParticipantLinkRecord).markPaid({ employerId }, notice.paidAt);
    await this.activateWorkers(em, employer, workers, notice.paidAt);
    await enqueueMessage(em, {
      channel: 'EMAIL',
      to: employer.email,
      subject: 'Your BPJS Ketenagakerjaan registration is active',
      body: `Registration ${employer.registrationNumber} is paid for ${workers.length} worker(s) with a new participation; their digital KPJ cards are issued. Workers already known to BPJS Ketenagakerjaan are linked after an officer's check.`,
      kind: 'KPJ_CARD',
      dedupeKey: `bpjstk:activated:${notice.reference}`,
    });
  }
}
