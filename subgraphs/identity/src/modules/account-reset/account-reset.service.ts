// Account reset: a person who lost the e-mail or phone of their account proves their identity
// against either agency's record and opens a ticket; staff approve or reject it. Approval disables
// the old account (which frees its NIK and e-mail for a new registration) and ends its sessions.
import type { RequestScope } from '../../request-scope';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import { appendAudit } from '#platform/audit/audit-log';
import type { HubConfig } from '#platform/config';
import { ConflictError, ForbiddenError, NotFoundError } from '#platform/errors';
import { IdentityMismatchError } from '#domain/errors';
import type { KeyValueStore } from '#platform/kv/kv';
import { enqueueMessage } from '#platform/messaging/outbox';
import { requireDate, requireEmail, requirePhone, requireText } from '#platform/validation/require';
import { requireNik } from '#domain/require-identifiers';
import { AccountRecord } from '../account/account.entity';
import type { AgencyDirectory } from '../agency/agency-check.client';
import { Agency } from '../common/enums';
import { consume } from '#platform/kv/rate-limit';
import type { SessionService } from '../session/session.service';
import { AccountResetTicketRecord } from './account-reset.entity';
import { AccountResetStatus, type AccountResetInput, type AccountResetRequest, type AccountResetTicket } from './account-reset.type';
import { maskEmail, maskPhone } from '#platform/masking';
import { STAFF_PURPOSE_REQUIRED } from '#domain/access-policy';
import { addWorkingDays, localToday } from './account-reset.rules';

export const RESOLUTION_WORKING_DAYS = 5;
const REQUESTS_PER_IP_PER_HOUR = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff roles that decide resets, and the agency whose record of the person they must hold. */
const DECIDING_AGENCY: Partial<Record<string, Agency>> = { TASPEN_OFFICER: Agency.TASPEN, BPJSTK_OFFICER: Agency.BPJSTK };

async function notifyHolder(em: EntityManager, holder: AccountRecord, at: Date): Promise<void> {
  const when = at.toISOString().slice(0, 16).replace('T', ' ');
  const text =
    `Permintaan reset akun hub Anda diajukan pada ${when} UTC. Jika bukan Anda, masuk ke akun Anda untuk membatalkannya. ` +
    `/ A reset of your hub account was requested at ${when} UTC. If it was not you, sign in to your account to cancel it.`;
  await enqueueMessage(em, {
    channel: 'EMAIL',
    to: holder.email,
    subject: 'Permintaan reset akun / Account reset requested',
    body: text,
    kind: 'ACCOUNT_RESET_NOTICE',
  });
  if (holder.phone) await enqueueMessage(em, { channel: 'SMS', to: holder.phone, body: text, kind: 'ACCOUNT_RESET_NOTICE' });
}

/** The holder signed in: every open reset of their NIK stops (called on a successful sign-in). */
export async function cancelOpenResets(em: EntityManager, nik: string): Promise<number> {
  return em.nativeUpdate(
    AccountResetTicketRecord,
    { nik, status: 'OPEN' },
    { status: 'CANCELLED', resolvedAt: new Date(), resolutionNote: 'Cancelled: the account holder signed in.' },
  );
}

/** The approved, unused reset of a NIK: a new registration must use exactly its e-mail and phone. */
export function approvedResetOf(em: EntityManager, nik: string): Promise<AccountResetTicketRecord | null> {
  return em.findOne(AccountResetTicketRecord, { nik, status: 'APPROVED', usedAt: null }, { orderBy: { resolvedAt: 'desc' } });
}

export interface AccountResetDeps {
  kv: KeyValueStore;
  config: HubConfig;
  agencies: AgencyDirectory;
  sessions: SessionService;
}

export class AccountResetService {
  constructor(private readonly deps: AccountResetDeps) {}

  async request(scope: RequestScope, input: AccountResetInput): Promise<AccountResetTicket> {
    const birthDate = requireDate('birthDate', input.birthDate);
    const nik = requireNik('nik', input.nik, { birthDate }).nik;
    const fullName = requireText('fullName', input.fullName, 200);
    const newEmail = requireEmail('newEmail', input.newEmail);
    const newPhone = requirePhone('newPhone', input.newPhone);
    const reason = requireText('reason', input.reason, 1000);
    await consume(this.deps.kv, `account-reset:ip:${scope.clientIp}`, REQUESTS_PER_IP_PER_HOUR, 3600);
    // The person may be known to either agency; a match in one is enough.
    const claim = { nik, fullName, birthDate };
    const answers = await Promise.all([Agency.TASPEN, Agency.BPJSTK].map((agency) => this.deps.agencies.check(agency, claim)));
    if (!answers.some((answer) => answer.match)) throw new IdentityMismatchError();
    const expectedResolutionDate = addWorkingDays(localToday(this.deps.config.HUB_TIME_ZONE_OFFSET_HOURS), RESOLUTION_WORKING_DAYS, this.deps.config.holidays);
    return scope.em.transactional(async (em) => {
      const alreadyOpen = await em.count(AccountResetTicketRecord, { nik, status: 'OPEN' });
      const ticket = em.create(AccountResetTicketRecord, {
        nik,
        fullName,
        birthDate,
        newEmail,
        newPhone,
        reason,
        status: 'OPEN',
        expectedResolutionDate,
        createdAt: new Date(),
      });
      await em.flush();
      // The current holder hears of it at once, on the account's own e-mail and phone, with how to stop it;
      // once per open reset: while one is open (the holder has been told, and signing in cancels them all),
      // further requests from anywhere add tickets but no messages, so nobody fills the holder's phone.
      const holder = alreadyOpen ? null : await em.getRepository(AccountRecord).findActiveByNik(nik);
      if (holder) await notifyHolder(em, holder, ticket.createdAt);
      return { ticketId: ticket.id, status: AccountResetStatus.OPEN, expectedResolutionDate };
    });
  }

  async resolve(scope: RequestScope, caller: Caller, ticketId: string, approve: boolean, note: string | null | undefined): Promise<AccountResetTicket> {
    if (caller.kind !== 'staff') throw new ForbiddenError();
    const resolutionNote = note ? requireText('note', note, 1000) : null;
    if (!UUID.test(ticketId)) throw new NotFoundError('The ticket');
    const pending = await scope.em.findOne(AccountResetTicketRecord, { id: ticketId });
    if (!pending) throw new NotFoundError('The ticket');
    await this.requireDecider(caller, pending);
    return scope.em.transactional(async (em) => {
      const ticket = await em.findOne(AccountResetTicketRecord, { id: ticketId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!ticket) throw new NotFoundError('The ticket');
      if (ticket.status !== 'OPEN') throw new ConflictError(`This ticket is already ${ticket.status.toLowerCase()}.`);
      Object.assign(ticket, {
        status: approve ? 'APPROVED' : 'REJECTED',
        resolvedBy: caller.accountId,
        resolutionNote,
        resolvedAt: new Date(),
      });
      let disabledAccountId: string | null = null;
      if (approve) {
        const account = await em.getRepository(AccountRecord).findActiveByNik(ticket.nik);
        if (account) {
          await em.nativeUpdate(AccountRecord, { id: account.id }, { disabledAt: new Date() });
          await this.deps.sessions.revokeAccount(account.id, em);
          disabledAccountId = account.id;
        }
        await enqueueMessage(em, {
          channel: 'EMAIL',
          to: ticket.newEmail,
          subject: 'Reset akun disetujui',
          body: 'Permintaan reset akun Anda telah disetujui. Silakan daftar kembali dengan e-mail dan nomor ponsel yang Anda berikan pada permintaan ini (hanya itu yang diterima).',
          kind: 'ACCOUNT_RESET',
        });
      }
      await appendAudit(em, {
        subjectNik: ticket.nik,
        actorKind: 'STAFF',
        actorId: caller.accountId,
        actorName: caller.email,
        action: approve ? 'ACCOUNT_RESET_APPROVED' : 'ACCOUNT_RESET_REJECTED',
        purpose: resolutionNote,
        fields: [],
        details: { ticketId: ticket.id, disabledAccountId },
      });
      await em.flush();
      return { ticketId: ticket.id, status: ticket.status as AccountResetStatus, expectedResolutionDate: ticket.expectedResolutionDate };
    });
  }

  /** Open requests, oldest first, for officers stating a purpose (the person's records resolve beside them). */
  async openRequests(scope: RequestScope, caller: Caller, purpose: string | null, first: number): Promise<AccountResetRequest[]> {
    if (caller.kind !== 'staff') throw new ForbiddenError();
    if (!purpose) throw new ForbiddenError(STAFF_PURPOSE_REQUIRED);
    const tickets = await scope.em.find(
      AccountResetTicketRecord,
      { status: 'OPEN' },
      { orderBy: { createdAt: 'asc' }, limit: Math.min(Math.max(first, 1), 100) },
    );
    return tickets.map((t) => ({
      ticketId: t.id,
      status: AccountResetStatus.OPEN,
      fullName: t.fullName,
      birthDate: t.birthDate,
      newEmail: maskEmail(t.newEmail),
      newPhone: maskPhone(t.newPhone),
      reason: t.reason,
      requestedAt: t.createdAt,
      person: { nik: t.nik },
    }));
  }

  /** Only an officer of an agency that holds a record of the person (by the ticket's identity) decides. */
  private async requireDecider(caller: Extract<Caller, { kind: 'staff' }>, ticket: AccountResetTicketRecord): Promise<void> {
    const agencies = [...new Set(caller.roles.map((role) => DECIDING_AGENCY[role]).filter((a): a is Agency => Boolean(a)))];
    const claim = { nik: ticket.nik, fullName: ticket.fullName, birthDate: ticket.birthDate };
    for (const agency of agencies) {
      if ((await this.deps.agencies.check(agency, claim)).match) return;
    }
    throw new ForbiddenError('Only an officer of an agency that holds this person’s record decides this reset.');
  }
}
