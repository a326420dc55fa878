// The participant's consents as the bounded plain list the contract reads and as a page of the one
// connection shape. At most the 200 newest consents are kept in either (myConsents).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import { boundedFirst, connectionOf, pageOfList, type Page } from '#platform/federation/page-info';
import { myConsents } from './consent.service';
import { Consent } from './consent.type';

export const CONSENT_LIST = { default: 200, max: 200 };
export const CONSENT_PAGE = { default: 20, max: 200 };

export const ConsentConnection = connectionOf(Consent, 'ConsentConnection', {
  page: 'A page of the signed-in participant’s consents, newest first.',
  total: 'The participant’s consents in all (the 200 newest), ended ones included.',
  nodes: 'The consents of this page.',
});

export async function consentList(em: EntityManager, caller: Caller, first: number | null | undefined): Promise<Consent[]> {
  const size = boundedFirst(first, CONSENT_LIST);
  return (await myConsents(em, caller)).slice(0, size);
}

export async function consentPage(em: EntityManager, caller: Caller, first: number | null | undefined, after: string | null | undefined): Promise<Page<Consent>> {
  return pageOfList(await myConsents(em, caller), (consent) => consent.id, boundedFirst(first, CONSENT_PAGE), after, CONSENT_PAGE.max);
}
