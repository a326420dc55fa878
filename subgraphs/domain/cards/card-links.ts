// Where a card's PDF is served, and short-lived signed links to it (for a download without the
// holder's bearer token, e.g. from an e-mail or a kiosk printer).
import { createHmac } from 'node:crypto';
import type { AgencyName } from '../agency';
import { safeEqualHex } from '#platform/http/internal';

const SEGMENTS: Record<AgencyName, string> = { TASPEN: 'taspen', BPJSTK: 'bpjstk' };

/** `/cards/taspen/KPT-198503122010011001.pdf` — the gateway proxies `/cards/<agency>/*` to the agency's subgraph. */
export function cardDownloadPath(agency: AgencyName, number: string): string {
  return `/cards/${SEGMENTS[agency]}/${encodeURIComponent(number)}.pdf`;
}

/** The card number in a download path of that agency (`/cards/taspen/X.pdf` → `X`), or null. */
export function cardNumberFromPath(agency: AgencyName, path: string): string | null {
  const prefix = `/cards/${SEGMENTS[agency]}/`;
  if (!path.startsWith(prefix) || !path.endsWith('.pdf')) return null;
  try {
    const number = decodeURIComponent(path.slice(prefix.length, -'.pdf'.length));
    return /^[A-Za-z0-9-]{1,40}$/.test(number) ? number : null;
  } catch {
    return null;
  }
}

/** What a card's QR code holds: the public check page, `<public base>/verify/<verificationCode>`. */
export function cardVerifyUrl(publicBase: string, verificationCode: string): string {
  return `${publicBase.replace(/\/+$/, '')}/verify/${encodeURIComponent(verificationCode)}`;
}

const signature = (secret: string, path: string, exp: number) => createHmac('sha256', secret).update(`card-download:${path}:${exp}`).digest('hex');

export const SIGNED_LINK_SECONDS = 10 * 60;

/** `path?exp=…&sig=…`, valid for `ttlSeconds`. */
export function signCardLink(secret: string, path: string, ttlSeconds = SIGNED_LINK_SECONDS, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + ttlSeconds;
  return `${path}?exp=${exp}&sig=${signature(secret, path, exp)}`;
}

/** True when `exp` is in the future and `sig` was made for exactly this path and expiry. */
export function verifyCardLink(secret: string, path: string, exp: unknown, sig: unknown, now = Date.now()): boolean {
  if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp) || !/^[0-9a-f]{64}$/.test(sig)) return false;
  if (Number(exp) * 1000 < now) return false;
  return safeEqualHex(sig, signature(secret, path, Number(exp)));
}
