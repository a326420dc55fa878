// Who may call what in the identity subgraph (graphql-shield, deny by default: a field without a
// rule here is refused). Registration, login, refresh and account-reset requests are public;
// their own limits (OTP attempts, rate limits) protect them.
import { rule } from 'graphql-shield';
import { ownNik } from '#platform/auth/caller';
import { allow, hasStaffRole, isParticipant, isSignedIn } from '#platform/auth/shield';
import type { BaseContext } from '#platform/context';
import { ForbiddenError, UnauthenticatedError } from '#platform/errors';

const officers = hasStaffRole('TASPEN_OFFICER', 'BPJSTK_OFFICER', 'HUB_ADMIN');

/** A person's own fields: staff, or the person themself (participant or kiosk session). */
export const readsPerson = rule({ cache: 'strict' })((parent: { nik?: string }, _args, ctx: BaseContext) => {
  if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
  if (ctx.caller.kind === 'staff') return true;
  const nik = ownNik(ctx.caller);
  return nik !== null && parent?.nik === nik ? true : new ForbiddenError('You may only read your own data.');
});

export const identityRules = {
  Query: {
    person: isSignedIn,
    people: officers,
    me: isSignedIn,
    pendingPhoneVerifications: officers,
  },
  Mutation: {
    startRegistration: allow,
    verifyRegistrationOtp: allow,
    provideRegistrationIdentity: allow,
    setRegistrationPhone: allow,
    completeRegistration: allow,
    resendOtp: allow,
    login: allow,
    refreshSession: allow,
    logout: isSignedIn,
    requestStepUp: isParticipant,
    verifyStepUp: isParticipant,
    requestAccountReset: allow,
    issueManualOtps: officers,
    resolveAccountReset: officers,
  },
  Person: { nik: allow, fullName: readsPerson, birthDate: readsPerson },
  // Objects below only ever reach the caller they were made for.
  Account: allow,
  AuthTokens: allow,
  OtpChallenge: allow,
  RegistrationProgress: allow,
  PendingPhoneVerification: allow,
  ManualOtpBatch: allow,
  ManualOtpItem: allow,
  AccountResetTicket: allow,
};
