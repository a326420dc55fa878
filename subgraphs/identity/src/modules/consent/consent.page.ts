// The participant's consents as the bounded plain list the contract reads and as a page of the one
// connection shape. At most the 200 newest consents are kept in either (ConsentService).
import { connectionOf, ListAndPages } from '#platform/federation/page-info';
import { Consent } from './consent.type';

export const CONSENTS = new ListAndPages({ list: { default: 200, max: 200 }, page: { default: 20, max: 200 } });

export const ConsentConnection = connectionOf(Consent, 'ConsentConnection', {
  page: 'A page of the signed-in participant’s consents, newest first.',
  total: 'The participant’s consents in all (the 200 newest), ended ones included.',
  nodes: 'The consents of this page.',
});
