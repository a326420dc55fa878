// The identifier guards: valid input comes back parsed, invalid input is BAD_USER_INPUT naming the field.
import { expectBadInputNaming } from '#platform/testing/bad-input';
import { requireKpj, requireNib, requireNik, requireNip, requireNpwp } from './require-identifiers';

describe('identifier guards', () => {
  it('return the parsed value for valid input', () => {
    expect(requireNik('nik', '3173051203850001', { birthDate: '1985-03-12' }).gender).toBe('M');
    expect(requireNip('nip', '198503122010011001').appointmentYear).toBe(2010);
    expect(requireKpj('kpj', '09012345678')).toBe('09012345678');
    expect(requireNpwp('npwp', '01.312.166.0-091.000')).toBe('013121660091000');
    expect(requireNib('nib', '1234567890123')).toBe('1234567890123');
  });

  it.each([
    ['ownerNik', () => requireNik('ownerNik', '9973051203850001')],
    ['nik', () => requireNik('nik', '3173051203850001', { birthDate: '1985-03-13' })],
    ['nip', () => requireNip('nip', '198502302010011001')],
    ['kpj', () => requireKpj('kpj', '123')],
    ['npwp', () => requireNpwp('npwp', '01.312.166.1-091.000')],
    ['nib', () => requireNib('nib', '12')],
  ])('name the field %s when the value is invalid', (field, work) => expectBadInputNaming(field, work));
});
