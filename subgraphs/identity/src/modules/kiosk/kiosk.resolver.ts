import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { OtpChallenge } from '../otp/otp.type';
import { KioskDevice, KioskRegistrationInput, KioskSession, RegisteredKiosk } from './kiosk.type';

@Resolver()
export class KioskResolver {
  @Query(() => KioskDevice, { nullable: true, description: 'The calling kiosk (device token): its name and location, for its enrolment screen.' })
  kioskDevice(@Ctx() ctx: IdentityContext) {
    return ctx.services.kiosks.describe(ctx.caller);
  }

  @Mutation(() => RegisteredKiosk, { nullable: true, description: 'Hub admins register an MPP kiosk; its device token is shown once.' })
  registerKiosk(@Arg('input', () => KioskRegistrationInput) input: KioskRegistrationInput, @Ctx() ctx: IdentityContext) {
    return ctx.services.kiosks.register(ctx.caller, input);
  }

  @Mutation(() => OtpChallenge, { nullable: true, description: 'A kiosk texts a code to the phone of the account of this NIK.' })
  startKioskSession(@Arg('nik', () => String) nik: string, @Ctx() ctx: IdentityContext) {
    return ctx.services.kiosks.startSession(ctx.caller, nik);
  }

  @Mutation(() => KioskSession, { nullable: true, description: 'The code from the SMS gives a 5-minute token for that person alone.' })
  verifyKioskSession(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('code', () => String) code: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.kiosks.verifySession(ctx.caller, challengeId, code);
  }
}
