import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { KioskService } from './kiosk.service';
import type { IdentityContext } from '../../context';
import { OtpChallenge } from '../otp/otp.type';
import { KioskDevice, KioskRegistrationInput, KioskSession, RegisteredKiosk } from './kiosk.type';

@Resolver()
export class KioskResolver {
  constructor(private readonly kiosks: KioskService) {}

  @Query(() => KioskDevice, { nullable: true, description: 'The calling kiosk (device token): its name and location, for its enrolment screen.' })
  kioskDevice(@Ctx() ctx: IdentityContext) {
    return this.kiosks.describe(ctx, ctx.caller);
  }

  @Mutation(() => RegisteredKiosk, { nullable: true, description: 'Hub admins register an MPP kiosk; its device token is shown once.' })
  registerKiosk(
    @Arg('input', () => KioskRegistrationInput, { description: 'The kiosk’s name and location.' }) input: KioskRegistrationInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.kiosks.register(ctx, ctx.caller, input);
  }

  @Mutation(() => OtpChallenge, { nullable: true, description: 'A kiosk texts a code to the phone of the account of this NIK.' })
  startKioskSession(
    @Arg('nik', () => String, { description: 'NIK (16 digits, on the KTP) of the person at the kiosk.' }) nik: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.kiosks.startSession(ctx, ctx.caller, nik);
  }

  @Mutation(() => KioskSession, { nullable: true, description: 'The code from the SMS gives a 5-minute token for that person alone.' })
  verifyKioskSession(
    @Arg('challengeId', () => ID, { description: 'The challenge `startKioskSession` returned.' }) challengeId: string,
    @Arg('code', () => String, { description: 'The 6-digit code from the SMS.' }) code: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.kiosks.verifySession(ctx, ctx.caller, challengeId, code);
  }
}
