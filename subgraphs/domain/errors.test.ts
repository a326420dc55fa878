// The agencies' error codes reach clients as the platform's do: registered with the platform, never masked.
import { safeError } from '#platform/http/format-error';
import { CONTRACT_CODES, HubError } from '#platform/errors';
import { ConsentRequiredError, DOMAIN_ERROR_CODES, IdentityMismatchError, NikAlreadyRegisteredError } from './errors';

describe('the domain error codes', () => {
  it('are part of the contract once this module is loaded', () => {
    for (const code of DOMAIN_ERROR_CODES) expect(CONTRACT_CODES.has(code)).toBe(true);
  });

  it('pass formatError with their message and safe extensions', () => {
    const error = new ConsentRequiredError('PROFILE_READ');
    const formatted = safeError({ message: error.message, extensions: error.extensions });
    expect(formatted).toMatchObject({
      message: 'The person has not given consent for PROFILE_READ.',
      extensions: { code: 'CONSENT_REQUIRED', scope: 'PROFILE_READ' },
    });
    expect(safeError({ message: new IdentityMismatchError().message, extensions: { code: 'IDENTITY_MISMATCH' } }).extensions?.code).toBe('IDENTITY_MISMATCH');
    expect(new NikAlreadyRegisteredError().code).toBe('NIK_ALREADY_REGISTERED');
  });

  it('are the only codes besides the platform’s that a HubError compiles with', () => {
    expect(DOMAIN_ERROR_CODES).toEqual(['IDENTITY_MISMATCH', 'NIK_ALREADY_REGISTERED', 'CONSENT_REQUIRED']);
    expect(new HubError('CONSENT_REQUIRED', 'declared by the domain').code).toBe('CONSENT_REQUIRED');
    // @ts-expect-error a code no one declared is a compile error (tsc --noEmit runs over the tests too)
    expect(new HubError('NOT_A_CODE', 'undeclared').code).toBe('NOT_A_CODE');
  });

  it('leave a code nobody registered masked', () => {
    expect(safeError({ message: 'secret detail', extensions: { code: 'SOMETHING_ELSE' } }).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
