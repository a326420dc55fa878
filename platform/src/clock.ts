// The hub's calendar: "today" and "this month" in the hub's time zone (WIB by default).
import type { HubConfig } from './config';

export function hubToday(config: Pick<HubConfig, 'HUB_TIME_ZONE_OFFSET_HOURS'>, now = new Date()): string {
  return new Date(now.getTime() + config.HUB_TIME_ZONE_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/** `YYYY-MM` of an instant in the hub's time zone. */
export function hubPeriod(config: Pick<HubConfig, 'HUB_TIME_ZONE_OFFSET_HOURS'>, at: Date): string {
  return hubToday(config, at).slice(0, 7);
}

/** Last calendar day of a `YYYY-MM` period. */
export function endOfPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
