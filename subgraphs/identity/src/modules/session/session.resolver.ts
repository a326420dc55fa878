import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { SessionService } from './session.service';
import type { IdentityContext } from '../../context';
import { OtpChallenge } from '../otp/otp.type';
import { AuthTokens } from './session.type';

@Resolver()
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @Mutation(() => AuthTokens, { nullable: true, description: 'Participants and staff sign in with e-mail and password.' })
  login(
    @Arg('email', () => String, { description: 'The account’s e-mail address.' }) email: string,
    @Arg('password', () => String, { description: 'The account’s password.' }) password: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.sessions.login(ctx, email, password);
  }

  @Mutation(() => AuthTokens, { nullable: true, description: 'Trades a refresh token (once) for new tokens.' })
  refreshSession(
    @Arg('refreshToken', () => String, { description: 'The refresh token of the last `AuthTokens`.' }) refreshToken: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.sessions.refresh(ctx, refreshToken);
  }

  @Mutation(() => Boolean, { nullable: true, description: 'Ends this session: its refresh token and access token stop working.' })
  logout(@Ctx() ctx: IdentityContext) {
    return this.sessions.logout(ctx, ctx.caller);
  }

  @Mutation(() => OtpChallenge, { nullable: true, description: 'Texts a code to the account phone to confirm it is you.' })
  requestStepUp(@Ctx() ctx: IdentityContext) {
    return this.sessions.requestStepUp(ctx, ctx.caller);
  }

  @Mutation(() => AuthTokens, { nullable: true, description: 'New tokens carrying the step-up (valid 15 minutes for balances).' })
  verifyStepUp(
    @Arg('challengeId', () => ID, { description: 'The challenge `requestStepUp` returned.' }) challengeId: string,
    @Arg('code', () => String, { description: 'The 6-digit code from the SMS.' }) code: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.sessions.verifyStepUp(ctx, ctx.caller, challengeId, code);
  }
}
