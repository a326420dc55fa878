import { isSlotStart, isWorkingDay, localDate, nextWorkingDay, slotStarts, ticketNumber, type QueueSchedule } from './queue.schedule';

const schedule: QueueSchedule = {
  opensAt: '08:00',
  closesAt: '15:00',
  slotMinutes: 30,
  capacity: 10,
  offsetHours: 7,
  holidays: new Set(['2026-12-25']),
};

describe('queue opening hours', () => {
  test('a working day has slots every 30 minutes from 08:00 to 14:30 WIB', () => {
    const starts = slotStarts('2026-11-23', schedule);
    expect(starts).toHaveLength(14);
    expect(starts[0].toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(starts[13].toISOString()).toBe('2026-11-23T07:30:00.000Z');
  });

  test('weekends and configured holidays have no slots', () => {
    expect(slotStarts('2026-11-21', schedule)).toEqual([]); // Saturday
    expect(slotStarts('2026-11-22', schedule)).toEqual([]); // Sunday
    expect(slotStarts('2026-12-25', schedule)).toEqual([]);
    expect(isWorkingDay('2026-12-24', schedule)).toBe(true);
  });

  test('only exact slot starts on working days are bookable instants', () => {
    expect(isSlotStart(new Date('2026-11-23T08:30:00+07:00'), schedule)).toBe(true);
    expect(isSlotStart(new Date('2026-11-23T08:45:00+07:00'), schedule)).toBe(false);
    expect(isSlotStart(new Date('2026-11-23T15:00:00+07:00'), schedule)).toBe(false);
    expect(isSlotStart(new Date('2026-11-21T09:00:00+07:00'), schedule)).toBe(false);
  });

  test('the local date follows the hub time zone, and the next working day skips weekends', () => {
    expect(localDate(new Date('2026-11-22T18:00:00Z'), 7)).toBe('2026-11-23');
    expect(nextWorkingDay('2026-11-20', schedule)).toBe('2026-11-23');
    expect(nextWorkingDay('2026-12-24', schedule)).toBe('2026-12-28');
  });
});

test('ticket numbers carry the service prefix and a three-digit sequence', () => {
  expect(ticketNumber('JHT_CLAIM', 14)).toBe('JHT-014');
  expect(ticketNumber('COMPLAINT', 1)).toBe('KEL-001');
  expect(ticketNumber('REGISTRATION', 1234)).toBe('REG-1234');
});
