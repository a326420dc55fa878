// What a field guard refused with: a BadInputError, its code, the field it names and its message. Test support only.
import { BadInputError } from '../errors';

export function badInput(work: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    const bad = error as BadInputError;
    return { code: bad.extensions.code, field: bad.extensions.field, message: bad.message };
  }
  throw new Error('expected BAD_USER_INPUT, nothing was thrown');
}

/** `work` is refused as BAD_USER_INPUT naming `field`, with a message. */
export function expectBadInputNaming(field: string, work: () => unknown) {
  const error = badInput(work);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.field).toBe(field);
  expect(error.message).toMatch(/\w/);
}
