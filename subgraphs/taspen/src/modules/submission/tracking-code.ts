// Tracking codes people can read out and type: `TSP-` + 10 Crockford base32 characters (50 random bits).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTrackingCode(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(10);
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[bytes[i] & 31];
  return `TSP-${code}`;
}

export const TRACKING_CODE = /^TSP-[0-9A-HJKMNP-TV-Z]{10}$/;
