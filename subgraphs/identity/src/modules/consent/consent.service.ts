// Consents: a participant (after a step-up) lets a partner read some field groups of their data for
// a stated purpose; they list and revoke them. Agencies ask `activeGrants` (through the internal
// route) on every partner request, so a revocation counts from the very next request. ConsentService is
// built once per process; each call gets the request's scope.
import type { EntityManager } from '@mikro-orm/postgresql';
import { steppedUp, type Caller } from '#platform/auth/caller';
import { CONSENT_SCOPES } from '#domain/consent-scope';
import type { ConsentGrant } from '#platform/auth/consent-lookup';
import { BadInputError, ForbiddenError, NotFoundError, StepUpRequiredError, UnauthenticatedError } from '#platform/errors';
import type { Page } from '#platform/federation/page-info';
import { requireText } from '#platform/validation/require';
import type { IdentityContext } from '../../context';
import { PartnerRecord } from '../partner/partner.entity';
import { requireScopes } from '../partner/partner.service';
import { ConsentRecord } from './consent.entity';
import { CONSENTS } from './consent.page';
import { ConsentStatus, type Consent, type ConsentInput } from './consent.type';

/** What a consent call needs of its request. */
export type ConsentRequest = Pick<IdentityContext, 'caller' | 'em'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function statusOf(record: Pick<ConsentRecord, 'revokedAt' | 'expiresAt'>, now = new Date()): ConsentStatus {
  if (record.revokedAt) return ConsentStatus.REVOKED;
  if (record.expiresAt && record.expiresAt <= now) return ConsentStatus.EXPIRED;
  return ConsentStatus.ACTIVE;
}

export function toConsent(record: ConsentRecord): Consent {
  return {
    id: record.id,
    partnerId: record.partnerId,
    scopes: record.scopes,
    purpose: record.purpose,
    grantedAt: record.grantedAt,
    expiresAt: record.expiresAt ?? null,
    status: statusOf(record),
  };
}

function participantOf(caller: Caller): Extract<Caller, { kind: 'participant' }> {
  if (caller.kind === 'anonymous') throw new UnauthenticatedError();
  if (caller.kind !== 'participant') throw new ForbiddenError('Only the person themself manages their consents, from their own account.');
  return caller;
}

export class ConsentService {
  /** Lets a partner read the named field groups for a purpose (needs a step-up); replaces a live consent to it. */
  async grant(scope: ConsentRequest, input: ConsentInput): Promise<Consent> {
    const { em } = scope;
    const participant = participantOf(scope.caller);
    if (!steppedUp(participant)) throw new StepUpRequiredError();
    if (!UUID.test(input.partnerId)) throw new BadInputError('partnerId', 'Unknown partner.');
    const purpose = requireText('purpose', input.purpose, 500);
    const scopes = requireScopes('scopes', input.scopes);
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt <= new Date())) {
      throw new BadInputError('expiresAt', 'expiresAt must be in the future.');
    }
    const partner = await em.findOne(PartnerRecord, { id: input.partnerId, disabledAt: null });
    if (!partner) throw new BadInputError('partnerId', 'Unknown partner.');
    const outside = scopes.filter((scope) => !partner.scopes.includes(scope));
    if (outside.length) throw new BadInputError('scopes', `This partner may not ask for ${outside.join(', ')}.`);
    return em.transactional(async (tx) => {
      // A new consent to the same partner replaces the live one (its scopes, purpose and expiry).
      await tx.nativeUpdate(
        ConsentRecord,
        { nik: participant.nik, partnerId: partner.id, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }] },
        { revokedAt: new Date() },
      );
      const record = tx.create(ConsentRecord, {
        nik: participant.nik,
        accountId: participant.accountId,
        partnerId: partner.id,
        scopes,
        purpose,
        expiresAt,
        grantedAt: new Date(),
      });
      await tx.flush();
      return toConsent(record);
    });
  }

  /** The participant's consents, newest first, as the bounded plain list the contract reads. */
  async list(scope: ConsentRequest, first: number | null | undefined): Promise<Consent[]> {
    return CONSENTS.head(await this.newest(scope), first);
  }

  /** The participant's consents, newest first, a page at a time. */
  async page(scope: ConsentRequest, first: number | null | undefined, after: string | null | undefined): Promise<Page<Consent>> {
    return CONSENTS.pageOf(await this.newest(scope), first, after);
  }

  /** The 200 newest consents of the participant. */
  private async newest(scope: ConsentRequest): Promise<Consent[]> {
    const participant = participantOf(scope.caller);
    const rows = await scope.em.find(ConsentRecord, { nik: participant.nik }, { orderBy: { grantedAt: 'desc' }, limit: 200 });
    return rows.map(toConsent);
  }

  /** Ends a consent now (NOT_FOUND for someone else's). */
  async revoke(scope: ConsentRequest, id: string): Promise<Consent> {
    const { em } = scope;
    const participant = participantOf(scope.caller);
    const record = UUID.test(id) ? await em.findOne(ConsentRecord, { id, nik: participant.nik }) : null;
    if (!record) throw new NotFoundError('The consent');
    if (!record.revokedAt) {
      record.revokedAt = new Date();
      await em.flush();
    }
    return toConsent(record);
  }
}

/** Scopes and purposes of the active consents of `niks` to `partnerId` (the internal route's answer). */
export async function activeGrants(em: EntityManager, partnerId: string, niks: readonly string[]): Promise<Record<string, ConsentGrant>> {
  if (!UUID.test(partnerId) || niks.length === 0) return {};
  const now = new Date();
  const rows = await em.find(ConsentRecord, {
    partnerId,
    nik: { $in: [...niks] },
    revokedAt: null,
    $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
  });
  const partner = await em.findOne(PartnerRecord, { id: partnerId, disabledAt: null });
  if (!partner) return {};
  const grants: Record<string, ConsentGrant> = {};
  for (const row of rows) {
    const grant = (grants[row.nik] ??= { scopes: [], purpose: null });
    const scopes = new Set<string>([...grant.scopes, ...row.scopes.filter((scope) => partner.scopes.includes(scope))]);
    grant.scopes = CONSENT_SCOPES.filter((scope) => scopes.has(scope));
    grant.purpose = grant.purpose ? `${grant.purpose}; ${row.purpose}` : row.purpose;
  }
  return grants;
}
