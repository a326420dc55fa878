// The contract's generic error codes as classes (a domain's own codes and classes are in its package,
// subgraphs/domain/errors.ts, registered here). Code throws these; the edge (Apollo's formatError) passes
// their code and message through and masks anything else.
import { GraphQLError } from 'graphql';

/** The platform's own codes: generic to any service. A domain adds its own with `registerErrorCodes`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'OTP_INVALID'
  | 'OTP_EXPIRED'
  | 'OTP_LOCKED'
  | 'RATE_LIMITED'
  | 'STEP_UP_REQUIRED'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE';

const contractCodes = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'OTP_INVALID',
  'OTP_EXPIRED',
  'OTP_LOCKED',
  'RATE_LIMITED',
  'STEP_UP_REQUIRED',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
] satisfies ErrorCode[]);

/** The codes of the contract: the platform's and every registered domain code; their errors reach the client as they are. */
export const CONTRACT_CODES: ReadonlySet<string> = contractCodes;

/**
 * The codes a domain adds, declared by augmenting this interface beside its `registerErrorCodes` call
 * (`declare module '#platform/errors' { interface DomainErrorCodes { X: true } }`), so that the compiler checks
 * every code a HubError is given. Platform knows no domain code by name.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domains' module augmentation
export interface DomainErrorCodes {}

/** A code a HubError may carry: the platform's own or one a domain declared. */
export type HubErrorCode = ErrorCode | Extract<keyof DomainErrorCodes, string>;

/**
 * Adds a domain's codes to the contract (the domain's errors module calls it as it loads), so that formatError
 * passes their errors through instead of masking them.
 */
export function registerErrorCodes(codes: readonly Extract<keyof DomainErrorCodes, string>[]): void {
  for (const code of codes) contractCodes.add(code);
}

export class HubError extends GraphQLError {
  constructor(
    /** An `ErrorCode`, or a code a domain declared and registered (`DomainErrorCodes`, `registerErrorCodes`). */
    readonly code: HubErrorCode,
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
