// The one access policy of the hub: for a caller (kind, roles and agency, consent scopes, step-up, kiosk
// session) and a person, which field groups of which agency it may read, and how the read is logged.
// Every subgraph's shield rules ask `decideRead`; `actorOf`, `readPurpose` and `logRead` are the only
// places that say who read and why. Pure except `logRead`; unit-tested in access-policy.test.ts.
import type { AuditActorKind, AuditEntry } from '#platform/audit/audit-log';
import { ForbiddenError, StepUpRequiredError, UnauthenticatedError, type HubError } from '#platform/errors';
import { ConsentRequiredError } from './errors';
import { hasRole, steppedUp, type Caller } from '#platform/auth/caller';
import type { ConsentScopeName } from './consent-scope';
import type { StaffRole } from './roles';

/** Whose data: identity's own fields of a person, or one agency's record. */
export type DataOwner = 'IDENTITY' | 'TASPEN' | 'BPJSTK';

/**
 * Field groups of a person. `statement` is the yearly ledger (a balance detail); `queue` the person's
 * queue tickets; `bank` a claim's bank account (staff only).
 */
export type FieldGroup = 'profile' | 'cards' | 'balances' | 'statement' | 'submissions' | 'claims' | 'queue' | 'bank';

export const SCOPE_OF_GROUP: Record<FieldGroup, ConsentScopeName | null> = {
  profile: 'PROFILE_READ',
  cards: 'CARDS_READ',
  balances: 'BALANCES_READ',
  statement: 'BALANCES_READ',
  submissions: 'SUBMISSIONS_READ',
  claims: 'CLAIMS_READ',
  queue: null, // never shared with partners
  bank: null, // never shared with partners
};

/**
 * Staff who read persons' data of each owner, with a stated purpose. AUDITOR is not here: auditors read the
 * audit trail and access logs, not balances or statements (issue 11, finding 7).
 */
export const STAFF_READERS: Record<DataOwner, readonly StaffRole[]> = {
  IDENTITY: ['TASPEN_OFFICER', 'BPJSTK_OFFICER', 'HUB_ADMIN'],
  TASPEN: ['TASPEN_OFFICER', 'HUB_ADMIN'],
  BPJSTK: ['BPJSTK_OFFICER', 'HUB_ADMIN'],
};

/**
 * What a kiosk session (a walk-in person proven by an SMS code minutes ago) reads of its own person.
 * The place for the kiosk's step-up rule: a group listed here needs no further step-up at a kiosk.
 */
export const KIOSK_READS: Record<DataOwner, readonly FieldGroup[]> = {
  IDENTITY: ['profile'],
  TASPEN: ['profile', 'cards', 'balances', 'submissions'],
  BPJSTK: ['profile', 'cards', 'balances', 'claims', 'queue'],
};

/** Groups that need the person's step-up within the last 15 minutes. */
const STEP_UP_GROUPS: readonly FieldGroup[] = ['balances', 'statement'];

export interface ReadFacts {
  /** Scopes of the person's active consents to the calling partner (before the token's own scopes are applied). */
  consentScopes?: readonly string[];
  nowSeconds?: number;
}

export type ReadDecision =
  | { allowed: true; /** Set when the read is by someone other than the person: it must be logged. */ auditAs: AuditActorKind | null }
  | { allowed: false; error: HubError };

export const STAFF_PURPOSE_REQUIRED = 'Staff must state the purpose of this access in the X-Access-Purpose header.';
export const KIOSK_PURPOSE = 'MPP kiosk session';

const deny = (error: HubError): ReadDecision => ({ allowed: false, error });

export function decideRead(caller: Caller, owner: DataOwner, nik: string, group: FieldGroup, facts: ReadFacts = {}): ReadDecision {
  switch (caller.kind) {
    case 'anonymous':
      return deny(new UnauthenticatedError());
    case 'participant':
      if (caller.nik !== nik || group === 'bank') return deny(new ForbiddenError('You may only read your own data.'));
      if (STEP_UP_GROUPS.includes(group) && !steppedUp(caller, facts.nowSeconds)) return deny(new StepUpRequiredError());
      return { allowed: true, auditAs: null };
    case 'kiosk':
      if (caller.nik !== nik) return deny(new ForbiddenError('You may only read your own data.'));
      if (KIOSK_READS[owner].includes(group)) return { allowed: true, auditAs: 'KIOSK' };
      // A balance not listed for the kiosk needs the person's own step-up; anything else is beyond a kiosk's overview.
      return deny(group === 'balances' ? new StepUpRequiredError() : new ForbiddenError('A kiosk session shows the overview only; read this in your account.'));
    case 'staff':
      return hasRole(caller, ...STAFF_READERS[owner]) ? { allowed: true, auditAs: 'STAFF' } : deny(new ForbiddenError());
    case 'partner': {
      const scope = SCOPE_OF_GROUP[group];
      if (!scope) return deny(new ForbiddenError());
      if (!facts.consentScopes?.includes(scope)) return deny(new ConsentRequiredError(scope));
      // The person consented, but this token was narrowed to fewer scopes: the token is the problem.
      if (!caller.scopes.includes(scope)) return deny(new ForbiddenError(`This partner token does not carry the ${scope} scope.`));
      return { allowed: true, auditAs: 'PARTNER' };
    }
    default:
      // A kiosk device before a session, and any future kind: nobody's data.
      return deny(new ForbiddenError());
  }
}

/** The record object holding the field groups: readable when any of its groups is (each field then decides). */
export function decideRecord(caller: Caller, owner: DataOwner, nik: string, groups: readonly FieldGroup[], facts: ReadFacts = {}): ReadDecision {
  if (caller.kind !== 'partner') return decideRead(caller, owner, nik, 'profile', facts);
  const decisions = groups.filter((group) => SCOPE_OF_GROUP[group]).map((group) => decideRead(caller, owner, nik, group, facts));
  return (
    decisions.find((d) => d.allowed) ?? decisions.find((d) => !d.allowed && d.error.code === 'FORBIDDEN') ?? deny(new ConsentRequiredError('PROFILE_READ'))
  );
}

export interface Actor {
  actorKind: AuditActorKind;
  actorId: string;
  actorName: string;
}

/** Who the caller is, as the access log and the audit trail name them. */
export function actorOf(caller: Caller): Actor {
  switch (caller.kind) {
    case 'staff':
      return { actorKind: 'STAFF', actorId: caller.accountId, actorName: caller.email };
    case 'kiosk':
      return { actorKind: 'KIOSK', actorId: caller.kioskId, actorName: caller.kioskName };
    case 'kiosk-device':
      return { actorKind: 'KIOSK', actorId: caller.kioskId, actorName: caller.kioskName };
    case 'partner':
      return { actorKind: 'PARTNER', actorId: caller.partnerId, actorName: caller.name };
    case 'participant':
      return { actorKind: 'PARTICIPANT', actorId: caller.accountId, actorName: 'participant' };
    default:
      return { actorKind: 'SYSTEM', actorId: 'anonymous', actorName: 'anonymous' };
  }
}

/** The purpose written with a read: the consent's (partners), the kiosk session, or the staff member's stated one. */
export function readPurpose(caller: Caller, statedPurpose: string | null, consentPurpose: string | null = null): string | null {
  if (caller.kind === 'partner') return consentPurpose;
  if (caller.kind === 'kiosk') return KIOSK_PURPOSE;
  return statedPurpose;
}

/** Staff read a person's data only with a stated purpose (`X-Access-Purpose`). */
export function purposeProblem(caller: Caller, statedPurpose: string | null): HubError | null {
  return caller.kind === 'staff' && !statedPurpose ? new ForbiddenError(STAFF_PURPOSE_REQUIRED) : null;
}

/** Anything that collects access-log entries (read-log.ts here). */
export interface ReadLogWriter {
  load(entry: AuditEntry): Promise<true>;
}

/**
 * The one read-log helper: one entry per request, actor and person, naming the fields read. Reads
 * by the person themself are not logged; `always` logs them too (checks that must all be on record).
 */
export async function logRead(
  readLog: ReadLogWriter,
  caller: Caller,
  read: { nik: string | null; action: string; fields: string[]; statedPurpose: string | null; consentPurpose?: string | null; always?: boolean },
): Promise<void> {
  const actor = actorOf(caller);
  if (actor.actorKind === 'PARTICIPANT' && !read.always) return;
  await readLog.load({
    ...actor,
    subjectNik: read.nik,
    action: read.action,
    purpose: readPurpose(caller, read.statedPurpose, read.consentPurpose ?? null),
    fields: read.fields,
  });
}

/**
 * A decision with its side effects: the staff purpose, then the log entry. Returns true or the error to
 * show (shield rules return it; resolvers throw it).
 */
export async function authorizeRead(
  ctx: { caller: Caller; accessPurpose: string | null; readLog: ReadLogWriter },
  owner: DataOwner,
  nik: string,
  group: FieldGroup,
  read: { action: string; fields: string[]; consent?: { scopes: readonly string[]; purpose: string | null } | null; record?: readonly FieldGroup[] },
): Promise<true | HubError> {
  const facts = { consentScopes: read.consent?.scopes ?? [] };
  const decision = read.record ? decideRecord(ctx.caller, owner, nik, read.record, facts) : decideRead(ctx.caller, owner, nik, group, facts);
  if (!decision.allowed) return decision.error;
  if (!decision.auditAs) return true;
  const missing = purposeProblem(ctx.caller, ctx.accessPurpose);
  if (missing) return missing;
  // The object holding the fields (a person's agency record) names nothing read by itself: its fields do.
  if (read.fields.length === 0) return true;
  await logRead(ctx.readLog, ctx.caller, {
    nik,
    action: read.action,
    fields: read.fields,
    statedPurpose: ctx.accessPurpose,
    consentPurpose: read.consent?.purpose ?? null,
  });
  return true;
}
