// RFC 8414 authorization server metadata at /.well-known/oauth-authorization-server: how standard OAuth
// clients (openid-client's `discovery(…, { algorithm: 'oauth2' })`, Spring, oauth2-proxy) find the partner
// apps' token endpoint. The hub is no OpenID provider (no ID tokens, no authorization endpoint), so it
// serves no /.well-known/openid-configuration.
import type { Express } from 'express';
import { CONSENT_SCOPES } from '#domain/consent-scope';
import type { HubConfig } from '#platform/config';
import { publicBase } from '#platform/http/public-url';

export interface AuthorizationServerMetadata {
  issuer: string;
  token_endpoint: string;
  jwks_uri: string;
  grant_types_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  response_types_supported: string[];
  scopes_supported: string[];
}

/** The metadata of the hub's one grant; the issuer is where clients reach the hub (`HUB_PUBLIC_URL`). */
export function authorizationServerMetadata(config: Pick<HubConfig, 'HUB_PUBLIC_URL' | 'PORT'>): AuthorizationServerMetadata {
  const issuer = publicBase(config);
  return {
    issuer,
    token_endpoint: `${issuer}/oauth/token`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    grant_types_supported: ['client_credentials'],
    // What POST /oauth/token accepts: HTTP Basic or the form fields (one of them per request).
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    // Required by RFC 8414 2; empty because there is no authorization endpoint to ask a response type of.
    response_types_supported: [],
    scopes_supported: [...CONSENT_SCOPES],
  };
}

export function mountOAuthMetadata(app: Express, config: Pick<HubConfig, 'HUB_PUBLIC_URL' | 'PORT'>): void {
  const metadata = authorizationServerMetadata(config);
  app.get('/.well-known/oauth-authorization-server', (_req, res) => void res.setHeader('cache-control', 'public, max-age=300').json(metadata));
}
