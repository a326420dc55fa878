// The agencies' own error codes of the contract, beside the platform's generic ones (#platform/errors):
// registered with the platform as this module loads, so formatError passes them through unmasked.
import { HubError, registerErrorCodes } from '#platform/errors';

export const DOMAIN_ERROR_CODES = ['IDENTITY_MISMATCH', 'NIK_ALREADY_REGISTERED', 'CONSENT_REQUIRED'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

registerErrorCodes(DOMAIN_ERROR_CODES);

export class IdentityMismatchError extends HubError {
  constructor() {
    super('IDENTITY_MISMATCH' satisfies DomainErrorCode, 'The identity data does not match the agency record.');
  }
}

export class NikAlreadyRegisteredError extends HubError {
  constructor() {
    super('NIK_ALREADY_REGISTERED' satisfies DomainErrorCode, 'This NIK already has an account. Request an account reset to register it again.');
  }
}

export class ConsentRequiredError extends HubError {
  constructor(scope: string) {
    super('CONSENT_REQUIRED' satisfies DomainErrorCode, `The person has not given consent for ${scope}.`, { scope });
  }
}
