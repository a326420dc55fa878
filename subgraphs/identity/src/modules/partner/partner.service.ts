// Partner apps: registration by a hub admin (the client secret shown once, stored hashed) and the
// OAuth 2.0 client-credentials grant (RFC 6749 4.4) that gives them short-lived access tokens.
// PartnerService is built once per process; each call gets the request's scope.
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CONSENT_SCOPES, isConsentScope, type ConsentScopeName as ConsentScope } from '#domain/consent-scope';
import type { TokenIssuer } from '#platform/auth/tokens';
import { BadInputError, ForbiddenError } from '#platform/errors';
import { safeEqualHex } from '#platform/http/internal';
import type { Page } from '#platform/federation/page-info';
import { requireText } from '#platform/validation/require';
import type { IdentityContext } from '../../context';
import { PartnerRecord } from './partner.entity';
import { PARTNERS } from './partner.page';
import type { Partner, PartnerRegistrationInput, RegisteredPartner } from './partner.type';

export const PARTNER_TOKEN_SECONDS = 10 * 60;

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

export function requireScopes(field: string, scopes: readonly string[]): ConsentScope[] {
  const unique = [...new Set(scopes)];
  if (unique.length === 0) throw new BadInputError(field, 'Name at least one scope.');
  const unknown = unique.filter((scope) => !isConsentScope(scope));
  if (unknown.length) throw new BadInputError(field, `Unknown scope: ${unknown.join(', ')}.`);
  return CONSENT_SCOPES.filter((scope) => unique.includes(scope));
}

/** What a partner call needs of its request. */
export type PartnerRequest = Pick<IdentityContext, 'caller' | 'em'>;

export class PartnerService {
  /** Hub admins register a partner app; the client secret is in this answer only. */
  async register(scope: PartnerRequest, input: PartnerRegistrationInput): Promise<RegisteredPartner> {
    const { em, caller } = scope;
    if (caller.kind !== 'staff') throw new ForbiddenError();
    const name = requireText('name', input.name, 200);
    const scopes = requireScopes('scopes', input.scopes);
    const clientId = `pc_${randomBytes(12).toString('hex')}`;
    const clientSecret = `ps_${randomBytes(32).toString('base64url')}`;
    const record = em.create(PartnerRecord, {
      name,
      clientId,
      secretHash: sha256(clientSecret),
      scopes,
      createdBy: caller.accountId,
      createdAt: new Date(),
    });
    await em.flush();
    return { id: record.id, name, clientId, clientSecret, scopes };
  }

  /** The enabled partner apps by name, as the bounded plain list the contract reads. */
  async list(scope: Pick<PartnerRequest, 'em'>, first: number | null | undefined): Promise<Partner[]> {
    return PARTNERS.head(await this.enabled(scope), first);
  }

  /** The enabled partner apps by name, a page at a time. */
  async page(scope: Pick<PartnerRequest, 'em'>, first: number | null | undefined, after: string | null | undefined): Promise<Page<Partner>> {
    return PARTNERS.pageOf(await this.enabled(scope), first, after);
  }

  /** At most 500 enabled partners, by name. */
  private async enabled(scope: Pick<PartnerRequest, 'em'>): Promise<Partner[]> {
    const rows = await scope.em.find(PartnerRecord, { disabledAt: null }, { orderBy: { name: 'asc' }, limit: 500 });
    return rows.map((row) => ({ id: row.id, name: row.name }));
  }
}

export type TokenGrant =
  | { ok: true; body: { access_token: string; token_type: 'Bearer'; expires_in: number; scope: string } }
  | { ok: false; status: 400 | 401; error: 'invalid_client' | 'invalid_request' | 'unsupported_grant_type' | 'invalid_scope'; description: string };

/** The client-credentials grant: a known, enabled client with the right secret gets a token for (some of) its scopes. */
export async function clientCredentialsGrant(
  em: EntityManager,
  issuer: TokenIssuer,
  request: { grantType: string | undefined; clientId: string | undefined; clientSecret: string | undefined; scope: string | undefined },
): Promise<TokenGrant> {
  if (!request.grantType) return { ok: false, status: 400, error: 'invalid_request', description: 'grant_type is required.' };
  if (request.grantType !== 'client_credentials') {
    return { ok: false, status: 400, error: 'unsupported_grant_type', description: 'Only client_credentials is supported.' };
  }
  const invalid: TokenGrant = { ok: false, status: 401, error: 'invalid_client', description: 'Client authentication failed.' };
  if (!request.clientId || !request.clientSecret || request.clientId.length > 64) return invalid;
  const partner = await em.findOne(PartnerRecord, { clientId: request.clientId, disabledAt: null });
  // Compare against a hash either way, so an unknown client takes as long as a wrong secret.
  const matches = safeEqualHex(sha256(request.clientSecret), partner?.secretHash ?? sha256(`unknown:${request.clientId}`));
  if (!partner || !matches) return invalid;
  let scopes = partner.scopes;
  if (request.scope !== undefined && request.scope.trim() !== '') {
    const asked = [...new Set(request.scope.trim().split(/\s+/))];
    if (asked.some((scope) => !partner.scopes.includes(scope as ConsentScope))) {
      return { ok: false, status: 400, error: 'invalid_scope', description: 'A requested scope is not allowed for this client.' };
    }
    scopes = partner.scopes.filter((scope) => asked.includes(scope));
  }
  const { token } = await issuer.issue({ kind: 'partner', partnerId: partner.id, name: partner.name, scopes }, PARTNER_TOKEN_SECONDS);
  return { ok: true, body: { access_token: token, token_type: 'Bearer', expires_in: PARTNER_TOKEN_SECONDS, scope: scopes.join(' ') } };
}
