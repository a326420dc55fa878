// Hub administrators manage the kiosks and partner apps they registered: list them, revoke a kiosk,
// disable a partner, rotate a partner's secret. Each action is one transaction with its audit entry and
// the revocation mark every verifier reads (principal-revocation.ts), so it counts from the next request.
import type { RequestScope } from '../../request-scope';
import { createHash, randomBytes } from 'node:crypto';
import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { Caller } from '#platform/auth/caller';
import { markPrincipalRevoked, revokedKioskKey, revokedPartnerKey } from '#platform/auth/principal-revocation';
import { appendAudit } from '#platform/audit/audit-log';
import { ForbiddenError, NotFoundError } from '#platform/errors';
import type { KeyValueStore } from '#platform/kv/kv';
import { requireText } from '#platform/validation/require';
import { KioskRecord } from '../kiosk/kiosk.entity';
import { PartnerRecord } from '../partner/partner.entity';
import type { RegisteredPartner } from '../partner/partner.type';
import { pageOf } from './admin.page';
import { KioskStatus, PartnerStatus, type Kiosk, type KioskConnection, type PartnerAccount, type PartnerAccountConnection } from './admin.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

export const toKiosk = (row: KioskRecord): Kiosk => ({
  id: row.id,
  name: row.name,
  location: row.location,
  status: row.revokedAt ? KioskStatus.REVOKED : KioskStatus.ACTIVE,
  registeredAt: row.createdAt,
  lastSeenAt: row.lastSeenAt ?? null,
});

export const toPartnerAccount = (row: PartnerRecord): PartnerAccount => ({
  id: row.id,
  name: row.name,
  clientId: row.clientId,
  scopes: row.scopes,
  status: row.disabledAt ? PartnerStatus.DISABLED : PartnerStatus.ACTIVE,
  registeredAt: row.createdAt,
});

function adminOf(caller: Caller): Extract<Caller, { kind: 'staff' }> {
  if (caller.kind !== 'staff' || !caller.roles.includes('HUB_ADMIN')) throw new ForbiddenError();
  return caller;
}

const actor = (admin: Extract<Caller, { kind: 'staff' }>) => ({ actorKind: 'STAFF' as const, actorId: admin.accountId, actorName: admin.email });

/** When, why and by whom a row's access ended: the columns `<prefix>At`, `<prefix>Reason`, `<prefix>By`. */
type EndColumns<P extends string> = { [K in `${P}At`]?: Date | null } & { [K in `${P}Reason` | `${P}By`]?: string | null };

/** One kind of access an admin ends (endAccess): its rows, the prefix of their end columns, the audit action, the revocation mark. */
interface AccessEnding<R, P extends string> {
  entity: EntityClass<R>;
  columns: P;
  action: string;
  principalKey(id: string): string;
}

const ENDINGS = {
  kiosk: { entity: KioskRecord, columns: 'revoked', action: 'KIOSK_REVOKED', principalKey: revokedKioskKey },
  partner: { entity: PartnerRecord, columns: 'disabled', action: 'PARTNER_DISABLED', principalKey: revokedPartnerKey },
} as const;

export class AdminService {
  constructor(private readonly deps: { kv: KeyValueStore }) {}

  async kiosks(scope: RequestScope, caller: Caller, first?: number | null, after?: string | null): Promise<KioskConnection> {
    adminOf(caller);
    const page = await pageOf(scope.em, KioskRecord, first, after);
    return { ...page, nodes: page.nodes.map(toKiosk) };
  }

  async partners(scope: RequestScope, caller: Caller, first?: number | null, after?: string | null): Promise<PartnerAccountConnection> {
    adminOf(caller);
    const page = await pageOf(scope.em, PartnerRecord, first, after);
    return { ...page, nodes: page.nodes.map(toPartnerAccount) };
  }

  /** The kiosk's device token and sessions stop working; revoking a revoked kiosk changes nothing. */
  async revokeKiosk(scope: RequestScope, caller: Caller, id: string, rawReason: string): Promise<Kiosk> {
    return toKiosk(await this.endAccess(scope, caller, id, rawReason, 'kiosk', ENDINGS.kiosk));
  }

  /** The partner's tokens and client credentials stop working (its consents then grant nothing). */
  async disablePartner(scope: RequestScope, caller: Caller, id: string, rawReason: string): Promise<PartnerAccount> {
    return toPartnerAccount(await this.endAccess(scope, caller, id, rawReason, 'partner', ENDINGS.partner));
  }

  /**
   * Ends a kiosk's or a partner's access, under a lock on its row: the record keeps when, why and by whom, the
   * audit log says so, and the revocation mark stops it at every verifier. An ended one is returned unchanged.
   */
  private async endAccess<P extends string, R extends { id: string; name: string } & EndColumns<P>>(
    scope: RequestScope,
    caller: Caller,
    id: string,
    rawReason: string,
    kind: keyof typeof ENDINGS,
    ending: AccessEnding<R, P>,
  ): Promise<R> {
    const admin = adminOf(caller);
    const reason = requireText('reason', rawReason, 500);
    const label = `The ${kind}`;
    if (!UUID.test(id)) throw new NotFoundError(label);
    return scope.em.transactional(async (em) => {
      const row = await em.findOne(ending.entity, { id } as FilterQuery<R>, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row) throw new NotFoundError(label);
      const columns = ending.columns;
      if (row[`${columns}At`]) return row;
      Object.assign(row, { [`${columns}At`]: new Date(), [`${columns}Reason`]: reason, [`${columns}By`]: admin.accountId });
      await em.flush();
      await appendAudit(em, {
        ...actor(admin),
        action: ending.action,
        purpose: reason,
        fields: [`${kind}.status`],
        details: { [`${kind}Id`]: id, name: row.name },
      });
      await markPrincipalRevoked(this.deps.kv, ending.principalKey(id));
      return row;
    });
  }

  /**
   * A new client secret, shown once; the old one stops working at the token endpoint, and tokens issued
   * with it stop too (a rotation usually answers a leak). A disabled partner cannot be rotated back to life.
   */
  async rotatePartnerSecret(scope: RequestScope, caller: Caller, id: string): Promise<RegisteredPartner> {
    const admin = adminOf(caller);
    if (!UUID.test(id)) throw new NotFoundError('The partner');
    const clientSecret = `ps_${randomBytes(32).toString('base64url')}`;
    return scope.em.transactional(async (em) => {
      const partner = await em.findOne(PartnerRecord, { id, disabledAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!partner) throw new NotFoundError('An enabled partner with this id');
      Object.assign(partner, { secretHash: sha256(clientSecret), secretRotatedAt: new Date() });
      await em.flush();
      await appendAudit(em, {
        ...actor(admin),
        action: 'PARTNER_SECRET_ROTATED',
        fields: ['partner.clientSecret'],
        details: { partnerId: id, name: partner.name },
      });
      await markPrincipalRevoked(this.deps.kv, revokedPartnerKey(id));
      return { id: partner.id, name: partner.name, clientId: partner.clientId, clientSecret, scopes: partner.scopes };
    });
  }
}
