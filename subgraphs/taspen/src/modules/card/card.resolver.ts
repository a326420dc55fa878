import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { TaspenContext } from '../../context';
import type { CardService } from './card.service';
import { CardVerification } from './card.type';

@Resolver()
export class CardVerificationResolver {
  constructor(private readonly cards: CardService) {}

  @Query(() => CardVerification, { description: 'Public: checks a card’s verification code (either agency).' })
  verifyCard(
    @Arg('code', () => String, { description: 'The card’s verification code, as in its QR code or a card’s verificationCode.' }) code: string,
    @Ctx() ctx: TaspenContext,
  ): Promise<CardVerification> {
    return this.cards.verify(ctx, code);
  }
}
