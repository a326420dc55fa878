// The partner apps a person can consent to, as the bounded plain list the contract reads and as a page of
// the one connection shape. At most 500 partners (by name) are kept in either (PartnerService).
import { connectionOf, ListAndPages } from '#platform/federation/page-info';
import { Partner } from './partner.type';

export const PARTNERS = new ListAndPages({ list: { default: 500, max: 500 }, page: { default: 20, max: 500 } });

export const PartnerConnection = connectionOf(Partner, 'PartnerConnection', {
  page: 'A page of the partner apps a person can give consent to, by name.',
  total: 'Partner apps in all (enabled ones; at most 500).',
  nodes: 'The partner apps of this page.',
});
