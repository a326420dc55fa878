// The partner apps a person can consent to, as the bounded plain list the contract reads and as a page of
// the one connection shape. At most 500 partners (by name) are kept in either (listPartners).
import type { EntityManager } from '@mikro-orm/postgresql';
import { boundedFirst, connectionOf, pageOfList, type Page } from '#platform/federation/page-info';
import { listPartners } from './partner.service';
import { Partner } from './partner.type';

export const PARTNER_LIST = { default: 500, max: 500 };
export const PARTNER_PAGE = { default: 20, max: 500 };

export const PartnerConnection = connectionOf(Partner, 'PartnerConnection', {
  page: 'A page of the partner apps a person can give consent to, by name.',
  total: 'Partner apps in all (enabled ones; at most 500).',
  nodes: 'The partner apps of this page.',
});

export async function partnerList(em: EntityManager, first: number | null | undefined): Promise<Partner[]> {
  const size = boundedFirst(first, PARTNER_LIST);
  return (await listPartners(em)).slice(0, size);
}

export async function partnerPage(em: EntityManager, first: number | null | undefined, after: string | null | undefined): Promise<Page<Partner>> {
  return pageOfList(await listPartners(em), (partner) => partner.id, boundedFirst(first, PARTNER_PAGE), after, PARTNER_PAGE.max);
}
