// The SMS channel (short code 2757): registration of a number for balance messages, and the balance.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyValueStore } from '#platform/kv/kv';
import { overLimit } from '#platform/kv/rate-limit';
import { endOfPeriod } from '#platform/clock';
import { sqlOf } from '#platform/db/sql';
import { LedgerRepository } from '../ledger/ledger.repository';
import { isTrustedRecord } from '../participant/participant.entity';
import { BpjsTkParticipantRepository } from '../participant/participant.repository';
import { namesMatch } from '#platform/validation/names';
import { parseSms, SMS_REPLIES } from './sms.parser';

export const SMS_LIMIT_PER_HOUR = 20;

export type SmsOutcome = { kind: 'reply'; reply: string } | { kind: 'rate_limited'; retryAfterSeconds: number };

function birthMatches(birthDate: string, day: number, month: number, yy: number): boolean {
  const [y, m, d] = birthDate.split('-').map(Number);
  return d === day && m === month && y % 100 === yy;
}

export async function handleSms(em: EntityManager, kv: KeyValueStore, from: string, text: string): Promise<SmsOutcome> {
  const key = `bpjstk:sms:from:${from}`;
  const wait = await overLimit(kv, key, SMS_LIMIT_PER_HOUR, 3600);
  if (wait !== null) return { kind: 'rate_limited', retryAfterSeconds: wait };

  const command = parseSms(text);
  const sql = sqlOf(em);
  if (command.kind === 'register') {
    const participant = await new BpjsTkParticipantRepository(em).findByNik(command.nik);
    const matches =
      participant && isTrustedRecord(participant) && participant.kpj === command.kpj && namesMatch(command.fullName, participant.fullName) &&
      birthMatches(participant.birthDate, command.birthDay, command.birthMonth, command.birthYearTwoDigits);
    if (!matches) return { kind: 'reply', reply: SMS_REPLIES.mismatch };
    const email = command.email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(command.email) ? command.email : null;
    await sql(
      `insert into bpjstk.sms_subscription (phone, kpj, email) values (?, ?, ?)
       on conflict (phone) do update set kpj = excluded.kpj, email = excluded.email, registered_at = now()`,
      [from, participant.kpj, email],
    );
    return { kind: 'reply', reply: SMS_REPLIES.registered(participant.kpj) };
  }
  if (command.kind === 'balance') {
    const [subscribed] = await sql(`select kpj from bpjstk.sms_subscription where phone = ? and kpj = ?`, [from, command.kpj]);
    if (!subscribed) return { kind: 'reply', reply: SMS_REPLIES.notRegistered(command.kpj) };
    const [balance] = await new LedgerRepository(em).balances([command.kpj]);
    const total = balance ? balance.contributions + balance.returns - balance.withdrawals : 0;
    const asOf = balance?.lastPeriod ? endOfPeriod(balance.lastPeriod).split('-').reverse().join('-') : null;
    return { kind: 'reply', reply: SMS_REPLIES.balance(command.kpj, total, asOf) };
  }
  return { kind: 'reply', reply: SMS_REPLIES.usage };
}
