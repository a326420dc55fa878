// Working days: Monday to Friday, minus configured holidays (HUB_HOLIDAYS). Plain YYYY-MM-DD dates.

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const day = toDate(iso).getUTCDay();
  return day !== 0 && day !== 6 && !holidays.has(iso);
}

/** The date `count` working days after `start` (the start day itself does not count). */
export function addWorkingDays(start: string, count: number, holidays: ReadonlySet<string>): string {
  const date = toDate(start);
  let left = count;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDay(toIso(date), holidays)) left -= 1;
  }
  return toIso(date);
}

/** Today's date in the hub's time zone (WIB is UTC+7). */
export function localToday(offsetHours: number, now: Date = new Date()): string {
  return toIso(new Date(now.getTime() + offsetHours * 3_600_000));
}
