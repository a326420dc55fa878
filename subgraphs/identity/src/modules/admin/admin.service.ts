// Hub administrators manage the kiosks and partner apps they registered: list them, revoke a kiosk,
// disable a partner, rotate a partner's secret. Each action is one transaction with its audit entry and
// the revocation mark every verifier reads (principal-revocation.ts), so it counts from the next request.
import type { RequestScope } from '../../request-scope';
import { createHash, randomBytes } from 'node:crypto';
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
    const admin = adminOf(caller);
    const reason = requireText('reason', rawReason, 500);
    if (!UUID.test(id)) throw new NotFoundError('The kiosk');
    return scope.em.transactional(async (em) => {
      const kiosk = await em.findOne(KioskRecord, { id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
      if (!kiosk) throw new NotFoundError('The kiosk');
      if (kiosk.revokedAt) return toKiosk(kiosk);
      Object.assign(kiosk, { revokedAt: new Date(), revokedReason: reason, revokedBy: admin.accountId });
      await em.flush();
      await appendAudit(em, {
        ...actor(admin),
        action: 'KIOSK_REVOKED',
        purpose: reason,
        fields: ['kiosk.status'],
        details: { kioskId: id, name: kiosk.name },
      });
      await markPrincipalRevoked(this.deps.kv, revokedKioskKey(id));
      return toKiosk(kiosk);
    });
  }

  /** The partner's tokens and client credentials stop working (its consents then grant nothing). */
  async disablePartner(scope: RequestScope, caller: Caller, id: string, rawReason: string): Promise<PartnerAccount> {
    const admin = adminOf(caller);
    const reason = requireText('reason', rawReason, 500);
    if (!UUID.test(id)) throw new NotFoundError('The partner');
    return scope.em.transactional(async (em) => {
      const partner = await em.findOne(PartnerRecord, { id }, { lockMode: 4 });
      if (!partner) throw new NotFoundError('The partner');
      if (partner.disabledAt) return toPartnerAccount(partner);
      Object.assign(partner, { disabledAt: new Date(), disabledReason: reason, disabledBy: admin.accountId });
      await em.flush();
      await appendAudit(em, {
        ...actor(admin),
        action: 'PARTNER_DISABLED',
        purpose: reason,
        fields: ['partner.status'],
        details: { partnerId: id, name: partner.name },
      });
      await markPrincipalRevoked(this.deps.kv, revokedPartnerKey(id));
      return toPartnerAccount(partner);
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
      const partner = await em.findOne(PartnerRecord, { id, disabledAt: null }, { lockMode: 4 });
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
