// Who may call what in the identity subgraph (graphql-shield, deny by default: a field without a
// rule here is refused). Registration, login, refresh and account-reset requests are public;
// their own limits (OTP attempts, rate limits) protect them.
import { rule } from 'graphql-shield';
import { ownNik } from '#platform/auth/caller';
import { allow, hasStaffRole, isParticipant, isSignedIn } from '#platform/auth/shield';
import type { BaseContext } from '#platform/context';
import { ForbiddenError, UnauthenticatedError } from '#platform/errors';
import { STAFF_ROLES } from '#domain/roles';
import type { IdentityContext } from './context';
import { accessLogAccess, profileAccess } from './modules/access-log/access-log.rules';

const officers = hasStaffRole('TASPEN_OFFICER', 'BPJSTK_OFFICER', 'HUB_ADMIN');
const anyStaff = hasStaffRole(...STAFF_ROLES);
const hubAdmin = hasStaffRole('HUB_ADMIN');

/** identity's own fields of a person: the person (or their kiosk session), staff, or a partner under PROFILE_READ consent. */
export const readsPersonProfile = rule('identity:person-profile', { cache: 'strict' })((parent: { nik: string }, _args, ctx: IdentityContext) =>
  profileAccess(ctx, parent.nik),
);

/** The access log: the person on their own account, or an auditor stating a purpose (access-log.rules.ts). */
export const readsAccessLog = rule('identity:access-log', { cache: 'strict' })((parent: { nik: string }, _args, ctx: IdentityContext) =>
  accessLogAccess(ctx, parent.nik),
);

/** A registered kiosk's device token (identity also checks the kiosk is still registered). */
export const isKioskDevice = rule('identity:kiosk-device', { cache: 'contextual' })((_p, _a, ctx: BaseContext) => {
  if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
  return ctx.caller.kind === 'kiosk-device' ? true : new ForbiddenError('Only a registered kiosk starts kiosk sessions.');
});

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
    pendingPhoneVerificationsConnection: officers,
    partners: allow,
    partnersConnection: allow,
    myConsents: isParticipant,
    myConsentsConnection: isParticipant,
    hubDashboard: anyStaff,
    kiosks: hubAdmin,
    partnerAccounts: hubAdmin,
    kioskDevice: isKioskDevice,
    accountResetRequests: hasStaffRole('TASPEN_OFFICER', 'BPJSTK_OFFICER'),
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
    registerPartner: hubAdmin,
    registerKiosk: hubAdmin,
    revokeKiosk: hubAdmin,
    disablePartner: hubAdmin,
    rotatePartnerSecret: hubAdmin,
    grantConsent: isParticipant,
    revokeConsent: isParticipant,
    startKioskSession: isKioskDevice,
    verifyKioskSession: isKioskDevice,
  },
  Person: { nik: allow, id: allow, fullName: readsPersonProfile, birthDate: readsPersonProfile, accessLog: readsAccessLog },
  HubDashboard: { id: allow, otpDelivery: anyStaff },
  // Objects below only ever reach the caller they were made for.
  Account: allow,
  AuthTokens: allow,
  OtpChallenge: allow,
  RegistrationProgress: allow,
  PendingPhoneVerification: allow,
  ManualOtpBatch: allow,
  ManualOtpItem: allow,
  AccountResetTicket: allow,
  AccountResetRequest: allow,
  Partner: allow,
  RegisteredPartner: allow,
  Consent: allow,
  RegisteredKiosk: allow,
  KioskSession: allow,
  KioskDevice: allow,
  AccessLogConnection: allow,
  PageInfo: allow,
  AccessLogEntry: allow,
  OtpDeliveryStats: allow,
  // Admin lists: only reachable through the hubAdmin root fields above.
  Kiosk: allow,
  KioskConnection: allow,
  PartnerAccount: allow,
  PartnerAccountConnection: allow,
  // Pages of the lists above: reachable only through their guarded root fields.
  ConsentConnection: allow,
  PartnerConnection: allow,
  PendingPhoneVerificationConnection: allow,
};
