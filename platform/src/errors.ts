// The contract's error codes as classes. Domain code throws these; the edge
// (Apollo's formatError) passes their code and message through and masks anything else.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'IDENTITY_MISMATCH'
  | 'NIK_ALREADY_REGISTERED'
  | 'OTP_INVALID'
  | 'OTP_EXPIRED'
  | 'OTP_LOCKED'
  | 'RATE_LIMITED'
  | 'STEP_UP_REQUIRED'
  | 'CONSENT_REQUIRED'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE';

export const CONTRACT_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'IDENTITY_MISMATCH',
  'NIK_ALREADY_REGISTERED',
  'OTP_INVALID',
  'OTP_EXPIRED',
  'OTP_LOCKED',
  'RATE_LIMITED',
  'STEP_UP_REQUIRED',
  'CONSENT_REQUIRED',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
]);

export class HubError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends HubError {
  constructor(message = 'Sign in first: this operation needs a valid bearer token.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends HubError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends HubError {
  constructor(what = 'The requested item') {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

/** Bad input always names the field, so a form can point at it. */
export class BadInputError extends HubError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class IdentityMismatchError extends HubError {
  constructor() {
    super('IDENTITY_MISMATCH', 'The identity data does not match the agency record.');
  }
}

export class NikAlreadyRegisteredError extends HubError {
  constructor() {
    super('NIK_ALREADY_REGISTERED', 'This NIK already has an account. Request an account reset to register it again.');
  }
}

export class OtpInvalidError extends HubError {
  constructor(attemptsLeft: number) {
    super('OTP_INVALID', 'The code is not correct.', { attemptsLeft });
  }
}

export class OtpExpiredError extends HubError {
  constructor() {
    super('OTP_EXPIRED', 'The code has expired or was already used. Ask for a new one.');
  }
}

export class OtpLockedError extends HubError {
  constructor() {
    super('OTP_LOCKED', 'Too many wrong codes: this verification is locked. Start again later.');
  }
}

export class RateLimitedError extends HubError {
  constructor(retryAfterSeconds: number, message = 'Too many attempts. Try again later.') {
    super('RATE_LIMITED', message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
}

export class StepUpRequiredError extends HubError {
  constructor() {
    super('STEP_UP_REQUIRED', 'Confirm it is you: verify a code sent to your phone (step-up) first.');
  }
}

export class ConsentRequiredError extends HubError {
  constructor(scope: string) {
    super('CONSENT_REQUIRED', `The person has not given consent for ${scope}.`, { scope });
  }
}

export class ConflictError extends HubError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class ServiceUnavailableError extends HubError {
  constructor(what = 'A service the hub depends on') {
    super('SERVICE_UNAVAILABLE', `${what} is unavailable right now. Try again shortly.`);
  }
}

export function isHubError(error: unknown): error is HubError {
  return error instanceof HubError;
}
