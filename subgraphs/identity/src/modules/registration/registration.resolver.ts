import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { AuthTokens } from '../session/session.type';
import { RegistrationIdentityInput, StartRegistrationInput } from './registration.inputs';
import { RegistrationProgress } from './registration.type';

@Resolver()
export class RegistrationResolver {
  @Mutation(() => RegistrationProgress, { nullable: true, description: 'E-mails a code; next step VERIFY_EMAIL.' })
  startRegistration(@Arg('input', () => StartRegistrationInput) input: StartRegistrationInput, @Ctx() ctx: IdentityContext) {
    return ctx.services.registrations.start(input);
  }

  @Mutation(() => RegistrationProgress, { nullable: true, description: 'Checks the e-mail or phone code of the current step.' })
  verifyRegistrationOtp(
    @Arg('registrationId', () => ID) registrationId: string,
    @Arg('code', () => String) code: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.registrations.verifyOtp(registrationId, code);
  }

  @Mutation(() => RegistrationProgress, { nullable: true, description: 'Checked against the record of the agency named at the start.' })
  provideRegistrationIdentity(
    @Arg('registrationId', () => ID) registrationId: string,
    @Arg('identity', () => RegistrationIdentityInput) identity: RegistrationIdentityInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.registrations.provideIdentity(registrationId, identity);
  }

  @Mutation(() => RegistrationProgress, { nullable: true, description: 'Texts a code to the phone; next step VERIFY_PHONE.' })
  setRegistrationPhone(
    @Arg('registrationId', () => ID) registrationId: string,
    @Arg('phone', () => String) phone: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.registrations.setPhone(registrationId, phone);
  }

  @Mutation(() => AuthTokens, { nullable: true, description: 'Sets the password and signs in.' })
  completeRegistration(
    @Arg('registrationId', () => ID) registrationId: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.registrations.complete(registrationId, password);
  }
}
