import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { OtpService } from './otp.service';
import type { IdentityContext } from '../../context';
import { queueCode } from './otp.messages';
import { OtpChallenge, toOtpChallenge } from './otp.type';

@Resolver()
export class OtpResolver {
  constructor(private readonly otp: OtpService) {}

  @Mutation(() => OtpChallenge, { nullable: true, description: 'A new code for the same challenge, 60 seconds after the last one.' })
  resendOtp(
    @Arg('challengeId', () => ID, { description: 'The challenge whose code did not arrive.' }) challengeId: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<OtpChallenge> {
    return ctx.em.transactional(async (em) => {
      const issued = await this.otp.resend(challengeId, ctx.clientIp, ctx.caller);
      await queueCode(em, issued);
      return toOtpChallenge(issued.challenge);
    });
  }
}
