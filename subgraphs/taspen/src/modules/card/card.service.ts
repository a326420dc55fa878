// The KPT card: its number, issuing on approval, the public view with a signed download link, the PDF,
// and the public check of a card's verification code. CardService is built once per process.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyRing } from '#platform/auth/keys';
import { cardDownloadPath, findCards, issueCard, renderCardPdf, signCardLink, verifyCard, type CardRecord, type OtherRegistry } from '#domain/cards/cards';
import type { HubConfig } from '#platform/config';
import { publicBase } from '#platform/http/public-url';
import type { TaspenContext } from '../../context';
import { TaspenParticipantRecord } from '../participant/participant.entity';
import type { CardVerification, TaspenCard } from './card.type';

export const KPT_TITLE = 'Kartu Peserta Taspen (KPT)';

export const kptNumber = (nip: string) => `KPT-${nip}`;

export function nipOfKptNumber(number: string): string | null {
  const match = /^KPT-(\d{18})$/.exec(number);
  return match ? match[1] : null;
}

export function toCardView(card: CardRecord, config: Pick<HubConfig, 'HUB_PUBLIC_URL' | 'PORT' | 'internalServiceSecret'>): TaspenCard {
  const path = cardDownloadPath('TASPEN', card.number);
  return {
    number: card.number,
    issuedAt: card.issuedAt,
    downloadUrl: `${publicBase(config)}${signCardLink(config.internalServiceSecret, path)}`,
    verificationCode: card.verificationCode,
  };
}

/** Issues the participant's KPT, or renews it with a new issue date. */
export function issueKpt(em: EntityManager, keys: Pick<KeyRing, 'card'>, participant: TaspenParticipantRecord, issuedAt: string) {
  return issueCard(em, keys, {
    agency: 'TASPEN',
    number: kptNumber(participant.nip),
    nik: participant.nik,
    holderName: participant.fullName,
    issuedAt,
  });
}

export function renderKptPdf(participant: TaspenParticipantRecord, card: CardRecord, publicBase: string): Promise<Buffer> {
  return renderCardPdf({
    agency: 'TASPEN',
    title: KPT_TITLE,
    number: card.number,
    holderName: participant.fullName,
    issuedAt: card.issuedAt,
    verificationCode: card.verificationCode,
    publicBase,
    details: [
      { label: 'NIP', value: participant.nip },
      { label: 'NIK', value: participant.nik },
      { label: 'Instansi', value: participant.employer },
    ],
  });
}

/** What a card call needs of its request. */
export type CardScope = Pick<TaspenContext, 'em'>;

type CardConfig = Pick<HubConfig, 'HUB_PUBLIC_URL' | 'PORT' | 'internalServiceSecret'>;

export interface CardServiceDeps {
  /** Signs and checks the cards' verification codes. */
  keys: Pick<KeyRing, 'card'>;
  /** The public address and the link-signing secret. */
  config: CardConfig;
  /** The other agency's registry, asked for the codes of the cards it issued (card-verify-routes.ts). */
  otherRegistry: OtherRegistry;
}

export class CardService {
  constructor(private readonly deps: CardServiceDeps) {}

  /** The card as the API shows it, with a signed short-lived download link. */
  view(card: CardRecord): TaspenCard {
    return toCardView(card, this.deps.config);
  }

  /** Public: what a verification code says (either agency's card: a BPJS TK card is asked of BPJS TK). */
  verify(scope: CardScope, code: string): Promise<CardVerification> {
    return verifyCard(scope.em, this.deps.keys, code, 'TASPEN', this.deps.otherRegistry);
  }

  /** The holder and the card behind a KPT number, for its PDF (null parts when either is missing). */
  async forDownload(scope: CardScope, nip: string, number: string): Promise<{ participant: TaspenParticipantRecord | null; card: CardRecord | null }> {
    const [participant, [card]] = await Promise.all([
      scope.em.getRepository(TaspenParticipantRecord).findOne({ nip }),
      findCards(scope.em, this.deps.keys, 'TASPEN', [number]),
    ]);
    return { participant, card: card ?? null };
  }

  pdf(participant: TaspenParticipantRecord, card: CardRecord): Promise<Buffer> {
    return renderKptPdf(participant, card, publicBase(this.deps.config));
  }
}
