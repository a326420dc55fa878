// KPJ cards through BPJS TK's own card registry (bpjstk.card): the card number is the KPJ.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyRing } from '#platform/auth/keys';
import { cardDownloadPath, issueCard, signCardLink, type CardRecord } from '#domain/cards/cards';
import type { HubConfig } from '#platform/config';
import { publicLink } from '#platform/http/public-url';
import type { BpjsTkCard } from './card.type';

export const KPJ_CARD_TITLE = 'Kartu Peserta BPJS Ketenagakerjaan (KPJ)';

export function issueKpjCard(
  em: EntityManager,
  keys: Pick<KeyRing, 'card'>,
  participant: { kpj: string; nik: string; fullName: string },
  issuedAt: string,
): Promise<CardRecord> {
  return issueCard(em, keys, { agency: 'BPJSTK', number: participant.kpj, nik: participant.nik, holderName: participant.fullName, issuedAt });
}

/**
 * The card as shown to a reader. The download URL is the holder's bearer-token path; a short-lived
 * signed link is added so that staff and kiosks (whose tokens are not the holder's) can print it.
 */
export function toCard(record: CardRecord, config: Pick<HubConfig, 'internalServiceSecret' | 'HUB_PUBLIC_URL' | 'PORT'>, signed: boolean): BpjsTkCard {
  const path = cardDownloadPath('BPJSTK', record.number);
  const link = signed ? signCardLink(config.internalServiceSecret, path) : path;
  return {
    number: record.number,
    issuedAt: record.issuedAt,
    downloadUrl: publicLink(config, link),
    verificationCode: record.verificationCode,
  };
}
