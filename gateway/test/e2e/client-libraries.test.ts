// The README's client section driven by the libraries outside developers use: Apollo Client 4 (its normalised
// cache, partial answers, input errors, a bad token), urql (GET under CSRF prevention), graphql-request
// (errorPolicy) and openid-client 6 (discovery and the partner's client-credentials grant).
import { ApolloClient, CombinedGraphQLErrors, gql, HttpLink, InMemoryCache, ServerError, type NormalizedCacheObject, type TypePolicies } from '@apollo/client';
import { loadErrorMessages } from '@apollo/client/dev';
import { cacheExchange, Client as UrqlClient, fetchExchange } from '@urql/core';
import { print } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import * as oidc from 'openid-client';
import {
  BpjsTkProgramsDocument,
  GrantConsentDocument,
  MyOverviewDocument,
  PartnerPersonViewDocument,
  type MyOverviewQuery,
  type PartnerPersonViewQuery,
} from '../../../schema/__generated__/operations';
import { BUDI_TASPEN, register } from '../../../subgraphs/identity/test/support/flows';
import { GRANT, registerPartner, steppedUpToken, type RegisteredPartner } from '../support/consumers';
import { useTestHub } from '../support/test-hub';

// What the README tells TypeScript users of Apollo Client 4 to declare next to defaultOptions' errorPolicy 'all'.
/* eslint-disable @typescript-eslint/no-namespace -- Apollo Client 4 is augmented through its namespaces */
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface Query {
        errorPolicy: 'all';
      }
      interface WatchQuery {
        errorPolicy: 'all';
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */

const hub = useTestHub();
const BUDI_NIK = BUDI_TASPEN.identity.nik;

let bank: RegisteredPartner;
/** Budi's token from registering: signed in, not stepped up. */
let loggedIn: string;
let steppedUp: string;

beforeAll(async () => {
  loadErrorMessages();
  const budi = await register(hub, BUDI_TASPEN, 'budi.clients@example.com');
  loggedIn = budi.accessToken;
  steppedUp = await steppedUpToken(hub, { accountId: budi.accountId, nik: BUDI_NIK });
  bank = await registerPartner(hub, 'Bank Klien', ['PROFILE_READ', 'CARDS_READ']);
  const consent = await hub.gql(GRANT, { input: { partnerId: bank.id, scopes: ['CARDS_READ'], purpose: 'Loan application' } }, { token: steppedUp });
  if (consent.errors) throw new Error(JSON.stringify(consent.errors));
});

type Errors = ReadonlyArray<{ path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }> | undefined;
/** `path:code` of each error, sorted: what a client branches on. */
const codesByPath = (errors: Errors) => (errors ?? []).map((error) => `${(error.path ?? []).join('.')}:${String(error.extensions?.code)}`).sort();

/** A fetch that notes the method and status of every exchange, to say what went over the wire. */
function recordingFetch() {
  const exchanges: Array<{ method: string; status: number }> = [];
  const record: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    exchanges.push({ method: init?.method ?? 'GET', status: response.status });
    return response;
  };
  return { exchanges, fetch: record };
}

describe('Apollo Client 4', () => {
  /** The README's cache settings. */
  const README_TYPE_POLICIES: TypePolicies = { TaspenParticipant: { keyFields: false }, BpjsTkParticipant: { keyFields: false } };

  const apollo = (token: string, options: { typePolicies?: TypePolicies; fetch?: typeof fetch } = {}) =>
    new ApolloClient({
      link: new HttpLink({ uri: `${hub.baseUrl}/graphql`, headers: { authorization: `Bearer ${token}` }, fetch: options.fetch }),
      cache: new InMemoryCache({ typePolicies: options.typePolicies ?? README_TYPE_POLICIES }),
      defaultOptions: { query: { errorPolicy: 'all' }, watchQuery: { errorPolicy: 'all' } },
    });

  const OWN_PERSON = gql`
    query OwnPerson($nik: String!) {
      person(nik: $nik) {
        id
        nik
        fullName
      }
    }
  `;
  const OWN_CARD = gql`
    query OwnCard {
      me {
        id
        person {
          id
          taspen {
            nip
            card {
              number
            }
          }
        }
      }
    }
  `;

  test('a participant just signed in gets the overview as data next to STEP_UP_REQUIRED on both balances', async () => {
    const overview = await apollo(loggedIn).query({ query: MyOverviewDocument });
    expect(overview.data?.me?.person).toMatchObject({ nik: BUDI_NIK, fullName: 'Budi Santoso', taspen: { nip: BUDI_TASPEN.identity.nip, thtBalance: null } });
    expect(overview.data?.me?.person?.bpjsTk?.jhtBalance).toBeNull();
    expect(CombinedGraphQLErrors.is(overview.error)).toBe(true);
    if (!CombinedGraphQLErrors.is(overview.error)) return;
    expect(codesByPath(overview.error.errors)).toEqual(['me.person.bpjsTk.jhtBalance:STEP_UP_REQUIRED', 'me.person.taspen.thtBalance:STEP_UP_REQUIRED']);
  });

  test('the cache keeps one Person per id across documents, with its agency blocks inside it', async () => {
    const client = apollo(steppedUp);
    const person = await client.query({ query: OWN_PERSON, variables: { nik: BUDI_NIK } });
    const card = await client.query({ query: OWN_CARD });
    expect(person.error).toBeUndefined();
    expect(card.error).toBeUndefined();
    const id = client.cache.identify({ __typename: 'Person', id: (person.data as any).person.id });
    const stored = client.cache.extract() as NormalizedCacheObject;
    expect(Object.keys(stored).filter((key) => key.startsWith('Person:'))).toEqual([id]);
    expect(Object.keys(stored).some((key) => key.startsWith('TaspenParticipant'))).toBe(false);
    expect(stored[id!]).toMatchObject({ nik: BUDI_NIK, fullName: 'Budi Santoso', taspen: { nip: BUDI_TASPEN.identity.nip } });
  });

  test("keyFields: ['id'] on Person fails every document that selects a person without its id, such as the contract's MyOverview", async () => {
    const typePolicies = { ...README_TYPE_POLICIES, Person: { keyFields: ['id'] } };
    const overview = await apollo(steppedUp, { typePolicies }).query({ query: MyOverviewDocument });
    expect(overview.data).toBeUndefined();
    expect(overview.error?.message).toMatch(/Missing field 'id' while extracting keyFields/);
  });

  test('a mutation refused for its input rejects with CombinedGraphQLErrors: BAD_USER_INPUT naming the field, from a resolver or from the variables', async () => {
    const client = apollo(steppedUp);
    const refusal = (scopes: string[]) =>
      client.mutate({ mutation: GrantConsentDocument, variables: { input: { partnerId: bank.id, scopes: scopes as never, purpose: 'Loan' } } }).then(
        () => null,
        (error: unknown) => error,
      );
    const byResolver = await refusal(['CLAIMS_READ']);
    expect(CombinedGraphQLErrors.is(byResolver) && byResolver.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    // Refused before anything ran (HTTP 400), yet a GraphQL answer: the hub speaks application/graphql-response+json.
    const byVariables = await refusal(['NOT_A_SCOPE']);
    expect(CombinedGraphQLErrors.is(byVariables) && byVariables.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes[0]' });
  });

  test('an invalid token (HTTP 401) is CombinedGraphQLErrors with UNAUTHENTICATED, not a ServerError', async () => {
    const wire = recordingFetch();
    const result = await apollo('not-a-token', { fetch: wire.fetch }).query({ query: BpjsTkProgramsDocument });
    expect(wire.exchanges).toEqual([{ method: 'POST', status: 401 }]);
    expect(result.data).toBeUndefined();
    expect(ServerError.is(result.error)).toBe(false);
    expect(CombinedGraphQLErrors.is(result.error) && result.error.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('urql', () => {
  const PERSON = 'query PersonName($nik: String!) { person(nik: $nik) { id fullName } }';
  const urql = (options: { headers?: Record<string, string>; preferGetMethod?: boolean; fetch?: typeof fetch } = {}) =>
    new UrqlClient({
      url: `${hub.baseUrl}/graphql`,
      preferGetMethod: options.preferGetMethod,
      fetch: options.fetch,
      fetchOptions: () => ({ headers: { authorization: `Bearer ${steppedUp}`, ...options.headers } }),
      exchanges: [cacheExchange, fetchExchange],
    });

  test('its default GET for queries is refused by CSRF prevention with a 400 that says what to send', async () => {
    const wire = recordingFetch();
    const result = await urql({ fetch: wire.fetch }).query(BpjsTkProgramsDocument, {}).toPromise();
    expect(wire.exchanges).toEqual([{ method: 'GET', status: 400 }]);
    expect(result.data).toBeUndefined();
    expect(result.error?.graphQLErrors[0].extensions.code).toBe('BAD_REQUEST');
    expect(result.error?.message).toMatch(/Cross-Site Request Forgery.*apollo-require-preflight/s);
  });

  test('GET with the apollo-require-preflight header, and POST, are answered', async () => {
    const get = recordingFetch();
    const preflighted = await urql({ fetch: get.fetch, headers: { 'apollo-require-preflight': 'true' } })
      .query(PERSON, { nik: BUDI_NIK })
      .toPromise();
    expect(get.exchanges).toEqual([{ method: 'GET', status: 200 }]);
    expect(preflighted.error).toBeUndefined();
    expect(preflighted.data.person.fullName).toBe('Budi Santoso');

    const post = recordingFetch();
    const posted = await urql({ fetch: post.fetch, preferGetMethod: false }).query(PERSON, { nik: BUDI_NIK }).toPromise();
    expect(post.exchanges).toEqual([{ method: 'POST', status: 200 }]);
    expect(posted.data.person.fullName).toBe('Budi Santoso');
  });
});

describe('graphql-request', () => {
  const endpoint = () => `${hub.baseUrl}/graphql`;

  test('by default a partial answer throws ClientError, whose response carries the data and the codes', async () => {
    const client = new GraphQLClient(endpoint(), { headers: { authorization: `Bearer ${loggedIn}` } });
    const error = await client.request(MyOverviewDocument).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ClientError);
    if (!(error instanceof ClientError)) return;
    expect(error.response.status).toBe(200);
    expect(codesByPath(error.response.errors)).toEqual(['me.person.bpjsTk.jhtBalance:STEP_UP_REQUIRED', 'me.person.taspen.thtBalance:STEP_UP_REQUIRED']);
    expect(error.response.data).toMatchObject({ me: { person: { fullName: 'Budi Santoso' } } });
  });

  test("with errorPolicy 'all', rawRequest returns data and errors", async () => {
    const client = new GraphQLClient(endpoint(), { headers: { authorization: `Bearer ${loggedIn}` }, errorPolicy: 'all' });
    const { data, errors, status } = await client.rawRequest<MyOverviewQuery>(print(MyOverviewDocument));
    expect(status).toBe(200);
    expect(data.me?.person?.taspen?.card?.number).toBe('KPT-198503122010011001');
    expect(codesByPath(errors)).toEqual(['me.person.bpjsTk.jhtBalance:STEP_UP_REQUIRED', 'me.person.taspen.thtBalance:STEP_UP_REQUIRED']);
  });

  test('an invalid token throws ClientError with status 401 and UNAUTHENTICATED, whatever the errorPolicy', async () => {
    const client = new GraphQLClient(endpoint(), { headers: { authorization: 'Bearer not-a-token' }, errorPolicy: 'all' });
    const error = await client.rawRequest(print(BpjsTkProgramsDocument)).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ClientError);
    if (!(error instanceof ClientError)) return;
    expect(error.response.status).toBe(401);
    expect(error.response.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('openid-client 6: a partner app', () => {
  const issuer = () => new URL(hub.baseUrl);
  /** The test hub is plain HTTP on loopback; a real one is HTTPS and needs no allowInsecureRequests. */
  const discover = (auth: oidc.ClientAuth, options: { algorithm?: 'oauth2' | 'oidc' } = { algorithm: 'oauth2' }) =>
    oidc.discovery(issuer(), bank.clientId, undefined, auth, { ...options, execute: [oidc.allowInsecureRequests] });

  test('finds the RFC 8414 metadata of the token endpoint; there is no OpenID configuration', async () => {
    const response = await fetch(`${hub.baseUrl}/.well-known/oauth-authorization-server`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      issuer: hub.baseUrl,
      token_endpoint: `${hub.baseUrl}/oauth/token`,
      jwks_uri: `${hub.baseUrl}/.well-known/jwks.json`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      response_types_supported: [],
      scopes_supported: ['PROFILE_READ', 'CARDS_READ', 'BALANCES_READ', 'SUBMISSIONS_READ', 'CLAIMS_READ'],
    });
    const config = await discover(oidc.ClientSecretPost(bank.clientSecret));
    expect(config.serverMetadata().token_endpoint).toBe(`${hub.baseUrl}/oauth/token`);
    // openid-client's default discovery is OpenID Connect's, which the hub is not: a partner passes algorithm 'oauth2'.
    await expect(discover(oidc.ClientSecretPost(bank.clientSecret), {})).rejects.toMatchObject({ code: 'OAUTH_RESPONSE_IS_NOT_CONFORM' });
  });

  test('discovery from another spelling of the same address is refused: the issuer is HUB_PUBLIC_URL as configured', async () => {
    const elsewhere = new URL(hub.baseUrl);
    elsewhere.hostname = elsewhere.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const refused = await oidc
      .discovery(elsewhere, bank.clientId, undefined, oidc.ClientSecretPost(bank.clientSecret), { algorithm: 'oauth2', execute: [oidc.allowInsecureRequests] })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toMatchObject({ message: 'discovered metadata issuer does not match the expected issuer' });
  });

  test('gets a token with client_secret_post and reads the cards a person consented to, the rest null with CONSENT_REQUIRED', async () => {
    const tokens = await oidc.clientCredentialsGrant(await discover(oidc.ClientSecretPost(bank.clientSecret)));
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 600, scope: 'PROFILE_READ CARDS_READ' });
    const partner = new GraphQLClient(`${hub.baseUrl}/graphql`, { headers: { authorization: `Bearer ${tokens.access_token}` }, errorPolicy: 'all' });
    const { data, errors } = await partner.rawRequest<PartnerPersonViewQuery>(print(PartnerPersonViewDocument), { nik: BUDI_NIK });
    expect(data.person).toMatchObject({ nik: BUDI_NIK, fullName: null, taspen: { card: { number: 'KPT-198503122010011001' }, thtBalance: null } });
    expect(codesByPath(errors)).toContain('person.fullName:CONSENT_REQUIRED');
    expect(codesByPath(errors)).toContain('person.taspen.thtBalance:CONSENT_REQUIRED');
  });

  test('gets a token with client_secret_basic, for fewer scopes when it asks for them', async () => {
    const tokens = await oidc.clientCredentialsGrant(await discover(oidc.ClientSecretBasic(bank.clientSecret)), { scope: 'CARDS_READ' });
    expect(tokens.scope).toBe('CARDS_READ');
  });

  test('a wrong secret is 401 invalid_client: a ResponseBodyError for form fields, the RFC 6749 5.2 Basic challenge for HTTP Basic', async () => {
    const posted = await oidc.clientCredentialsGrant(await discover(oidc.ClientSecretPost('wrong'))).then(
      () => null,
      (error: unknown) => error,
    );
    expect(posted).toBeInstanceOf(oidc.ResponseBodyError);
    expect(posted).toMatchObject({ status: 401, error: 'invalid_client', error_description: 'Client authentication failed.' });

    // RFC 6749 5.2: a client that authenticated with the Authorization header gets WWW-Authenticate back, which
    // openid-client reports as a challenge before it reads the body; the body still says invalid_client.
    const basic = await oidc.clientCredentialsGrant(await discover(oidc.ClientSecretBasic('wrong'))).then(
      () => null,
      (error: unknown) => error,
    );
    expect(basic).toBeInstanceOf(oidc.WWWAuthenticateChallengeError);
    if (!(basic instanceof oidc.WWWAuthenticateChallengeError)) return;
    expect(basic.status).toBe(401);
    expect(basic.cause).toEqual([{ scheme: 'basic', parameters: { realm: 'participant-graph-hub' }, token68: undefined }]);
    expect(await basic.response.json()).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed.' });
  });
});
