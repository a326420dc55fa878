// The agencies' own error codes of the contract, beside the platform's generic ones (#platform/errors):
// registered with the platform as this module loads, so formatError passes them through unmasked.
import { HubError, registerErrorCodes, type DomainErrorCodes } from '#platform/errors';

declare module '#platform/errors' {
  interface DomainErrorCodes {
    IDENTITY_MISMATCH: true;
    NIK_ALREADY_REGISTERED: true;
    CONSENT_REQUIRED: true;
  }
}

/** Every declared code, registered at once; a code declared above and left out here does not compile. */
const REGISTERED = { IDENTITY_MISMATCH: true, NIK_ALREADY_REGISTERED: true, CONSENT_REQUIRED: true } satisfies Record<keyof DomainErrorCodes, true>;
export const DOMAIN_ERROR_CODES = Object.keys(REGISTERED) as (keyof typeof REGISTERED)[];
export type DomainErrorCode = keyof typeof REGISTERED;

registerErrorCodes(DOMAIN_ERROR_CODES);

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

export class ConsentRequiredError extends HubError {
  constructor(scope: string) {
    super('CONSENT_REQUIRED', `The person has not given consent for ${scope}.`, { scope });
  }
}
