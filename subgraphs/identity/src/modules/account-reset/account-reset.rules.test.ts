import { addWorkingDays, isWorkingDay, localToday } from './account-reset.rules';

const NONE = new Set<string>();

describe('working days', () => {
  test('five working days after a Monday is the next Monday', () => {
    expect(addWorkingDays('2026-11-16', 5, NONE)).toBe('2026-11-23');
  });

  test('weekends are skipped', () => {
    // Friday 20 November 2026 → Friday 27 November.
    expect(addWorkingDays('2026-11-20', 5, NONE)).toBe('2026-11-27');
    // A request on Saturday counts from Monday.
    expect(addWorkingDays('2026-11-21', 5, NONE)).toBe('2026-11-27');
  });

  test('holidays are skipped', () => {
    const holidays = new Set(['2026-12-24', '2026-12-25']);
    expect(addWorkingDays('2026-12-21', 5, holidays)).toBe('2026-12-30');
  });

  test('Saturday, Sunday and holidays are not working days', () => {
    expect(isWorkingDay('2026-11-21', NONE)).toBe(false);
    expect(isWorkingDay('2026-11-22', NONE)).toBe(false);
    expect(isWorkingDay('2026-08-17', new Set(['2026-08-17']))).toBe(false);
    expect(isWorkingDay('2026-11-23', NONE)).toBe(true);
  });

  test('today is taken in the hub time zone', () => {
    expect(localToday(7, new Date('2026-11-20T18:30:00Z'))).toBe('2026-11-21');
    expect(localToday(7, new Date('2026-11-20T16:59:00Z'))).toBe('2026-11-20');
  });
});
