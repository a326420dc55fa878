// Dates, times and money as people in Indonesia read them (WIB), in the page's language.
export type Language = 'id' | 'en';

const locale = (language: Language) => (language === 'id' ? 'id-ID' : 'en-GB');
const TIME_ZONE = 'Asia/Jakarta';

export function rupiah(amount: number, language: Language): string {
  return `Rp ${new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(amount)}`;
}

/** `YYYY-MM-DD` → `12 Maret 2020` / `12 March 2020`. */
export function longDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** An instant → `Rabu, 2 Desember 2026 08.00 WIB`. */
export function dateTime(instant: string, language: Language): string {
  const text = new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(instant));
  return `${text} WIB`;
}

export function time(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(new Date(instant));
}

/** The working day in WIB, `YYYY-MM-DD`, `days` after today. */
export function jakartaDate(days: number, now = Date.now()): string {
  return new Date(now + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** 125 → `2 menit 5 detik` / `2 minutes 5 seconds`. */
export function duration(seconds: number, language: Language): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.max(0, Math.round(seconds % 60));
  const words = language === 'id' ? { m: 'menit', ms: 'menit', s: 'detik', ss: 'detik' } : { m: 'minute', ms: 'minutes', s: 'second', ss: 'seconds' };
  const parts: string[] = [];
  if (minutes) parts.push(`${minutes} ${minutes === 1 ? words.m : words.ms}`);
  if (rest || !minutes) parts.push(`${rest} ${rest === 1 ? words.s : words.ss}`);
  return parts.join(' ');
}
