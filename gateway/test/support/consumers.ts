// Helpers for the consumer flows (partner apps, consents, kiosks, dashboard): a hub admin token,
// partner registration and client-credentials tokens, and a registered participant with a step-up.
import type { Hub } from '../../src/hub';
import type { TestHub } from './test-hub';
import { adminToken, participantToken } from './tokens';

export const REGISTER_PARTNER = `mutation RegisterPartner($input: PartnerRegistrationInput!) {
  registerPartner(input: $input) { id name clientId clientSecret scopes }
}`;
export const GRANT = `mutation GrantConsent($input: ConsentInput!) {
  grantConsent(input: $input) { id partner { id name } scopes purpose expiresAt status }
}`;
export const MY_CONSENTS = `query MyConsents { myConsents { id partner { id name } scopes purpose grantedAt expiresAt status } }`;
export const REVOKE = `mutation RevokeConsent($id: ID!) { revokeConsent(id: $id) { id status } }`;
export const PARTNER_VIEW = `query PartnerPersonView($nik: String!) {
  person(nik: $nik) {
    nik
    fullName
    taspen { nip status card { number issuedAt } thtBalance { amount asOf } }
    bpjsTk { kpj status card { number issuedAt } jhtBalance { total asOf } }
  }
}`;
export const ACCESS_LOG = `query MyAccessLog($first: Int) {
  me { person { accessLog(first: $first) { nodes { at actorKind actorName purpose fields } } } }
}`;

export { adminToken, auditorToken } from './tokens';

export interface RegisteredPartner {
  id: string;
  name: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

export async function registerPartner(hub: TestHub, name: string, scopes: string[]): Promise<RegisteredPartner> {
  const result = await hub.gql(REGISTER_PARTNER, { input: { name, scopes } }, { token: await adminToken(hub) });
  if (!result.data?.registerPartner) throw new Error(`registerPartner failed: ${JSON.stringify(result.errors)}`);
  return result.data.registerPartner;
}

export async function tokenRequest(hub: TestHub, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

/** A partner access token from the client-credentials grant (form fields). */
export async function partnerAccessToken(hub: TestHub, partner: RegisteredPartner): Promise<string> {
  const { status, body } = await tokenRequest(hub, { grant_type: 'client_credentials', client_id: partner.clientId, client_secret: partner.clientSecret });
  if (status !== 200) throw new Error(`token request failed: ${status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** A participant token for a real account, stepped up now (the step-up flow has tests of its own). */
export const steppedUpToken = (hub: Pick<Hub, 'platform'>, account: { accountId: string; nik: string }) => participantToken(hub, account);

export const codes = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => (result.errors ?? []).map((e) => e.extensions?.code);
