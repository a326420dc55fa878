import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RegistrationService } from './registration.service';
import type { IdentityContext } from '../../context';
import { AuthTokens } from '../session/session.type';
import { RegistrationIdentityInput, StartRegistrationInput } from './registration.inputs';
import { RegistrationProgress } from './registration.type';

@Resolver()
export class RegistrationResolver {
  constructor(private readonly registrations: RegistrationService) {}

  @Mutation(() => RegistrationProgress, { nullable: true, description: 'E-mails a code; next step VERIFY_EMAIL.' })
  startRegistration(
    @Arg('input', () => StartRegistrationInput, { description: 'The agency and the e-mail address.' }) input: StartRegistrationInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.registrations.start(ctx, input);
  }

  @Mutation(() => RegistrationProgress, { nullable: true, description: 'Checks the e-mail or phone code of the current step.' })
  verifyRegistrationOtp(
    @Arg('registrationId', () => ID, { description: 'The id `startRegistration` returned.' }) registrationId: string,
    @Arg('code', () => String, { description: 'The 6-digit code e-mailed or texted (or issued by an officer).' }) code: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.registrations.verifyOtp(ctx, registrationId, code);
  }

  @Mutation(() => RegistrationProgress, {
    nullable: true,
    description:
      'Checked against the record of the agency named at the start; five tries a registration, and after 20 wrong identities for one NIK in a day that NIK waits (RATE_LIMITED).',
  })
  provideRegistrationIdentity(
    @Arg('registrationId', () => ID, { description: 'The id `startRegistration` returned.' }) registrationId: string,
    @Arg('identity', () => RegistrationIdentityInput, { description: 'NIK, name and birth date as on the KTP, with the NIP or KPJ.' })
    identity: RegistrationIdentityInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.registrations.provideIdentity(ctx, registrationId, identity);
  }

  @Mutation(() => RegistrationProgress, { nullable: true, description: 'Texts a code to the phone; next step VERIFY_PHONE.' })
  setRegistrationPhone(
    @Arg('registrationId', () => ID, { description: 'The id `startRegistration` returned.' }) registrationId: string,
    @Arg('phone', () => String, { description: 'Mobile number, `08…` or `+628…`.' }) phone: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.registrations.setPhone(ctx, registrationId, phone);
  }

  @Mutation(() => AuthTokens, { nullable: true, description: 'Sets the password and signs in.' })
  completeRegistration(
    @Arg('registrationId', () => ID, { description: 'The id `startRegistration` returned.' }) registrationId: string,
    @Arg('password', () => String, { description: 'At least 8 characters, not the e-mail and not a common password.' }) password: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.registrations.complete(ctx, registrationId, password);
  }
}
