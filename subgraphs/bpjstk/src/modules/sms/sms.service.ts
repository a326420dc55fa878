// The SMS channel (short code 2757): registration of a number for balance messages, and the balance.
// Built once per process; each message gets its own EntityManager.
import type { EntityManager } from '@mikro-orm/postgresql';
import { endOfPeriod } from '#platform/clock';
import type { KeyValueStore } from '#platform/kv/kv';
import { overLimit } from '#platform/kv/rate-limit';
import { namesMatch } from '#platform/validation/names';
import { ContributionLedgerRecord } from '../ledger/ledger.entity';
import { BpjsTkParticipantRecord, isTrustedRecord } from '../participant/participant.entity';
import { SmsSubscriptionRecord } from './sms.entity';
import { parseSms, SMS_REPLIES } from './sms.parser';

export const SMS_LIMIT_PER_HOUR = 20;

export type SmsOutcome = { kind: 'reply'; reply: string } | { kind: 'rate_limited'; retryAfterSeconds: number };

/** What handling one message needs: an EntityManager of its own (there is no GraphQL request). */
export interface SmsScope {
  em: EntityManager;
}

export interface SmsServiceDeps {
  /** Where the per-number rate limit counts. */
  kv: KeyValueStore;
}

function birthMatches(birthDate: string, day: number, month: number, yy: number): boolean {
  const [y, m, d] = birthDate.split('-').map(Number);
  return d === day && m === month && y % 100 === yy;
}

export class SmsService {
  constructor(private readonly deps: SmsServiceDeps) {}

  /** The reply to one inbound message, or how long the number must wait. */
  async handle(scope: SmsScope, from: string, text: string): Promise<SmsOutcome> {
    const wait = await overLimit(this.deps.kv, `bpjstk:sms:from:${from}`, SMS_LIMIT_PER_HOUR, 3600);
    if (wait !== null) return { kind: 'rate_limited', retryAfterSeconds: wait };

    const { em } = scope;
    const command = parseSms(text);
    const subscriptions = em.getRepository(SmsSubscriptionRecord);
    if (command.kind === 'register') {
      const participant = await em.getRepository(BpjsTkParticipantRecord).byNik(command.nik);
      const matches =
        participant &&
        isTrustedRecord(participant) &&
        participant.kpj === command.kpj &&
        namesMatch(command.fullName, participant.fullName) &&
        birthMatches(participant.birthDate, command.birthDay, command.birthMonth, command.birthYearTwoDigits);
      if (!matches) return { kind: 'reply', reply: SMS_REPLIES.mismatch };
      const email = command.email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(command.email) ? command.email : null;
      await subscriptions.subscribe(from, participant.kpj, email);
      return { kind: 'reply', reply: SMS_REPLIES.registered(participant.kpj) };
    }
    if (command.kind === 'balance') {
      if (!(await subscriptions.isSubscribed(from, command.kpj))) return { kind: 'reply', reply: SMS_REPLIES.notRegistered(command.kpj) };
      const [balance] = await em.getRepository(ContributionLedgerRecord).balances([command.kpj]);
      const total = balance ? balance.contributions + balance.returns - balance.withdrawals : 0;
      const asOf = balance?.lastPeriod ? endOfPeriod(balance.lastPeriod).split('-').reverse().join('-') : null;
      return { kind: 'reply', reply: SMS_REPLIES.balance(command.kpj, total, asOf) };
    }
    return { kind: 'reply', reply: SMS_REPLIES.usage };
  }
}
