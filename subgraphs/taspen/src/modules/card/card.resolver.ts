import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { verifyCard } from '#domain/cards/cards';
import type { TaspenContext } from '../../context';
import { CardVerification } from './card.type';

@Resolver()
export class CardVerificationResolver {
  @Query(() => CardVerification, { description: 'Public: checks a card’s verification code (either agency).' })
  verifyCard(@Arg('code', () => String, { description: 'The card’s verification code, as in its QR code or a card’s verificationCode.' }) code: string, @Ctx() ctx: TaspenContext): Promise<CardVerification> {
    return verifyCard(ctx.em, ctx.platform.keys, code);
  }
}
