// The participant check (by NIP, NIK or NPWP): says whether Taspen knows someone, and only enough
// to recognise them, and that only to the person or Taspen staff with a purpose. Rate-limited per caller
// so it cannot be used to walk the register; every check is in the access log. Also the participant's
// card, THT balance and submissions, each behind the access policy. Built once per process; each call
// gets the request's scope.
import { logRead } from '#domain/access-policy';
import { BadInputError } from '#platform/errors';
import { pageOfList } from '#platform/federation/page-info';
import type { KeyValueStore } from '#platform/kv/kv';
import { consume } from '#platform/kv/rate-limit';
import { maskName } from '#platform/masking';
import type { TaspenContext } from '../../context';
import type { AccessService } from '../access/access.service';
import { kptNumber, type CardService } from '../card/card.service';
import type { TaspenCard } from '../card/card.type';
import { MAX_PAGE, toSubmissionView } from '../submission/submission.service';
import type { TaspenSubmissionConnection } from '../submission/submission.type';
import { TaspenParticipantRecord } from './participant.entity';
import {
  CHECK_DAY_SECONDS,
  CHECK_WINDOW_SECONDS,
  CHECKS_PER_DAY,
  CHECKS_PER_WINDOW,
  dailyLimiterKey,
  limiterKey,
  parseParticipantIdentifier,
  seesCheckDetails,
} from './participant.rules';
import type { TaspenParticipant, ThtBalance } from './participant.type';
import { toParticipantView } from './participant.view';

export interface ParticipantCheckResult {
  found: boolean;
  nip: string | null;
  nameMasked: string | null;
  employer: string | null;
}

/** What a participant check needs of its request. */
export type ParticipantCheckScope = Pick<TaspenContext, 'caller' | 'em' | 'clientIp' | 'accessPurpose' | 'readLog'>;

/** What the person's fields need of the request: the access check's part and the loaders. */
export type ParticipantScope = Pick<TaspenContext, 'caller' | 'accessPurpose' | 'readLog' | 'consents' | 'loaders'>;

export interface ParticipantServiceDeps {
  /** Where the per-caller check limit counts. */
  kv: KeyValueStore;
  /** The card as the API shows it (modules/card). */
  cards: Pick<CardService, 'view'>;
  /** The access policy's checks, with their access-log entries (modules/access). */
  access: Pick<AccessService, 'requirePersonAccess' | 'requireRecordAccess'>;
}

const NOT_FOUND: ParticipantCheckResult = { found: false, nip: null, nameMasked: null, employer: null };

const CHECK_FIELDS = ['taspen.found', 'taspen.nip', 'taspen.nameMasked', 'taspen.employer'];

export class ParticipantService {
  constructor(private readonly deps: ParticipantServiceDeps) {}

  async check(scope: ParticipantCheckScope, rawIdentifier: string): Promise<ParticipantCheckResult> {
    const { caller, accessPurpose: statedPurpose } = scope;
    const identifier = parseParticipantIdentifier(rawIdentifier);
    await consume(this.deps.kv, limiterKey(caller, scope.clientIp), CHECKS_PER_WINDOW, CHECK_WINDOW_SECONDS);
    const daily = dailyLimiterKey(caller, scope.clientIp);
    if (daily) await consume(this.deps.kv, daily, CHECKS_PER_DAY, CHECK_DAY_SECONDS);
    const record = await scope.em.getRepository(TaspenParticipantRecord).findByIdentifier(identifier);
    const details = record ? seesCheckDetails(caller, record.nik, statedPurpose) : false;
    // Every check is on record, whoever asked and whatever it found (the person sees checks of them in their log).
    await logRead(scope.readLog, caller, {
      nik: record?.nik ?? null,
      action: 'CHECK_TASPEN_PARTICIPANT',
      fields: details ? CHECK_FIELDS : ['taspen.found'],
      statedPurpose,
      always: true,
    });
    if (!record) return NOT_FOUND;
    if (!details) return { ...NOT_FOUND, found: true };
    return { found: true, nip: record.nip, nameMasked: maskName(record.fullName), employer: record.employer };
  }

  /** The person's Taspen record, null when not a participant (the record's own check first: a partner needs consent to any Taspen scope). */
  async ofPerson(scope: ParticipantScope, nik: string): Promise<TaspenParticipant | null> {
    await this.deps.access.requireRecordAccess(scope, nik);
    const record = await scope.loaders.participantByNik.load(nik);
    return record ? toParticipantView(record) : null;
  }

  /** The KPT, once issued (partners need CARDS_READ). */
  async card(scope: ParticipantScope, participant: TaspenParticipant): Promise<TaspenCard | null> {
    await this.deps.access.requirePersonAccess(scope, participant.nik, 'cards', ['taspen.card']);
    const card = await scope.loaders.cardByNumber.load(kptNumber(participant.nip));
    return card ? this.deps.cards.view(card) : null;
  }

  /** The THT balance (the person needs a recent step-up, partners BALANCES_READ). */
  async thtBalance(scope: ParticipantScope, participant: TaspenParticipant): Promise<ThtBalance | null> {
    await this.deps.access.requirePersonAccess(scope, participant.nik, 'balances', ['taspen.thtBalance']);
    const record = await scope.loaders.participantByNip.load(participant.nip);
    return record ? { amount: Number(record.thtBalance), asOf: record.thtBalanceAsOf } : null;
  }

  /** The person's submissions, newest first (partners need SUBMISSIONS_READ). */
  async submissions(scope: ParticipantScope, participant: TaspenParticipant, first: number, after: string | null): Promise<TaspenSubmissionConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadInputError('first', `first must be from 1 to ${MAX_PAGE}.`);
    await this.deps.access.requirePersonAccess(scope, participant.nik, 'submissions', ['taspen.submissions']);
    const rows = await scope.loaders.submissionsByNik.load(participant.nik);
    const page = pageOfList(rows, (row) => row.id, first, after, MAX_PAGE);
    return { ...page, nodes: page.nodes.map(toSubmissionView) };
  }
}
