// Access checks with side effects, through the hub's one access policy: the partner's consent (asked from
// identity), the staff member's stated purpose, and one access-log entry per request, person and field
// group for every read by someone other than the person (staff, kiosk, partner).
import { authorizeRead } from '#domain/access-policy';
import type { HubError } from '#platform/errors';
import type { BpjsTkContext } from '../../context';
import { CONSENT_SCOPE_OF, type FieldGroup } from './participant.access';

export { KIOSK_PURPOSE, STAFF_PURPOSE_REQUIRED } from '#domain/access-policy';

const FIELDS: Record<FieldGroup | 'record', string[]> = {
  record: ['bpjsTk.kpj', 'bpjsTk.membership', 'bpjsTk.status'],
  profile: ['bpjsTk.kpj', 'bpjsTk.membership', 'bpjsTk.status', 'bpjsTk.employer', 'bpjsTk.inactiveSince', 'bpjsTk.memberSince', 'bpjsTk.source'],
  cards: ['bpjsTk.card'],
  balances: ['bpjsTk.jhtBalance'],
  statement: ['bpjsTk.jhtStatement'],
  claims: ['bpjsTk.claims', 'bpjsTk.jhtClaimEligibility'],
  queue: ['bpjsTk.queueTickets'],
};

const GROUPS = Object.keys(CONSENT_SCOPE_OF) as FieldGroup[];

/** The field being read (`bpjsTk.card`); the record itself (Person.bpjsTk) names none, its fields do. */
const fieldsRead = (group: FieldGroup | 'record', field?: string) => (group === 'record' ? [] : field ? [`bpjsTk.${field}`] : FIELDS[group]);

/** True when `group` (or the record object) of the person may be read now; logs reads by others. */
export async function checkParticipantAccess(ctx: BpjsTkContext, nik: string, group: FieldGroup | 'record', field?: string): Promise<true | HubError> {
  const consent = ctx.caller.kind === 'partner' ? await ctx.consents.load(nik) : null;
  return authorizeRead(ctx, 'BPJSTK', nik, group === 'record' ? 'profile' : group, {
    action: `READ_BPJSTK_${group.toUpperCase()}`,
    fields: fieldsRead(group, field),
    consent,
    record: group === 'record' ? GROUPS : undefined,
  });
}
