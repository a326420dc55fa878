// The card registries' owner interface: each agency's subgraph answers a signed internal call for the codes
// of the cards it issued, from its own registry (card-registry.ts). The public verifyCard (taspen's) asks the
// other agency through it for a code that agency issued; no agency reads another's registry.
import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { requireInternalCaller, InternalClient } from '#platform/http/internal';
import { ServiceUnavailableError } from '#platform/errors';
import type { Platform } from '#platform/runtime';
import type { AgencyName } from '../agency';
import { INVALID_CARD, verifyCard, type CardVerification, type OtherRegistry } from './card-registry';

export const CARD_VERIFY_PATH = '/internal/cards/verify';

const SERVICE_OF: Readonly<Record<AgencyName, 'taspen' | 'bpjstk'>> = { TASPEN: 'taspen', BPJSTK: 'bpjstk' };

/** Mounted by `agency`'s subgraph: what its registry says of a code (only its own cards verify). */
export function mountCardVerifyRoutes(app: Express, deps: { orm: MikroORM; platform: Pick<Platform, 'config' | 'keys' | 'log'> }, agency: AgencyName): void {
  const signed = requireInternalCaller(deps.platform.config.internalServiceSecret);
  app.post(CARD_VERIFY_PATH, signed, async (req, res) => {
    const code = (req.body as { code?: unknown } | undefined)?.code;
    if (typeof code !== 'string' || code.length > 1_000) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      res.json((await verifyCard(deps.orm.em.fork(), deps.platform.keys, code, agency)) satisfies CardVerification);
    } catch (error) {
      deps.platform.log.error({ requestId: req.header('x-request-id'), error }, 'verifying a card failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}

/** The other agencies' registries as this process reaches them: signed calls to the agency that issued the card. */
export function otherRegistryOf(platform: Pick<Platform, 'serviceUrls' | 'config'>): OtherRegistry {
  const clients = new Map<AgencyName, InternalClient>();
  const clientOf = (agency: AgencyName) => {
    let client = clients.get(agency);
    if (!client) {
      const service = SERVICE_OF[agency];
      const url = () => {
        const found = platform.serviceUrls[service];
        if (!found) throw new ServiceUnavailableError(`The ${service} service`);
        return found;
      };
      client = new InternalClient(url, platform.config.internalServiceSecret, service);
      clients.set(agency, client);
    }
    return client;
  };
  return async (agency, code) => {
    const answer = await clientOf(agency).post<CardVerification>(CARD_VERIFY_PATH, { code });
    // The issuer answers for its own cards only: what it says of another agency's card is not taken.
    return answer.valid && answer.agency === agency ? answer : INVALID_CARD;
  };
}
