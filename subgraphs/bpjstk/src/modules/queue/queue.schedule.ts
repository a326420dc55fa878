// Branch-office opening hours as pure functions: which days are working days, which instants
// start a slot. Times are local to the hub's time zone (WIB, UTC+7 by default).
import type { QueueService } from '../common/enums';

export interface QueueSchedule {
  opensAt: string; // HH:MM local
  closesAt: string; // HH:MM local, the last slot ends by then
  slotMinutes: number;
  capacity: number;
  offsetHours: number;
  holidays: ReadonlySet<string>;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The calendar day, `YYYY-MM-DD`, of an instant in the hub's time zone. */
export function localDate(instant: Date, offsetHours: number): string {
  return new Date(instant.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, schedule: Pick<QueueSchedule, 'holidays'>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !schedule.holidays.has(date);
}

/** Start instants of every slot of `date` (empty on weekends and holidays). */
export function slotStarts(date: string, schedule: QueueSchedule): Date[] {
  if (!isWorkingDay(date, schedule)) return [];
  const midnightUtc = Date.parse(`${date}T00:00:00Z`) - schedule.offsetHours * 3_600_000;
  const starts: Date[] = [];
  for (let m = minutesOf(schedule.opensAt); m + schedule.slotMinutes <= minutesOf(schedule.closesAt); m += schedule.slotMinutes) {
    starts.push(new Date(midnightUtc + m * 60_000));
  }
  return starts;
}

/** True when `instant` is exactly the start of a slot on a working day. */
export function isSlotStart(instant: Date, schedule: QueueSchedule): boolean {
  const date = localDate(instant, schedule.offsetHours);
  return slotStarts(date, schedule).some((start) => start.getTime() === instant.getTime());
}

/** The next working day strictly after `date`. */
export function nextWorkingDay(date: string, schedule: Pick<QueueSchedule, 'holidays'>): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  do t += 86_400_000;
  while (!isWorkingDay(new Date(t).toISOString().slice(0, 10), schedule));
  return new Date(t).toISOString().slice(0, 10);
}

export type QueueServiceCode = QueueService;

export const TICKET_PREFIX: Record<QueueServiceCode, string> = {
  JHT_CLAIM: 'JHT',
  REGISTRATION: 'REG',
  INFORMATION: 'INF',
  COMPLAINT: 'KEL', // keluhan
};

/** `JHT-014`: the service's prefix and the day's sequence number at the branch. */
export function ticketNumber(service: QueueServiceCode, sequence: number): string {
  return `${TICKET_PREFIX[service]}-${String(sequence).padStart(3, '0')}`;
}
