// The texts that carry codes, in Bahasa Indonesia.
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueMessage } from '#platform/messaging/outbox';
import type { IssuedChallenge } from './otp.service';

const PURPOSE_SUBJECT: Record<string, string> = {
  REGISTRATION_EMAIL: 'Kode verifikasi pendaftaran akun',
  REGISTRATION_PHONE: 'Kode verifikasi nomor ponsel',
  STEP_UP: 'Kode konfirmasi',
};

export function codeText(code: string, validMinutes: number): string {
  return `Kode verifikasi Anda: ${code}. Berlaku ${validMinutes} menit. Jangan berikan kode ini kepada siapa pun.`;
}

/**
 * Queues the code for its channel inside the caller's transaction (manual codes are handed over by staff; a
 * challenge without a destination, a kiosk's for a NIK without an account, sends nothing).
 */
export async function queueCode(em: EntityManager, issued: IssuedChallenge): Promise<void> {
  const { challenge, code } = issued;
  if (challenge.channel === 'MANUAL' || !challenge.destination) return;
  const minutes = Math.round((challenge.expiresAt - Date.now()) / 60_000);
  await enqueueMessage(em, {
    channel: challenge.channel,
    to: challenge.destination,
    subject: challenge.channel === 'EMAIL' ? (PURPOSE_SUBJECT[challenge.purpose] ?? 'Kode verifikasi') : undefined,
    body: codeText(code, Math.max(1, minutes)),
    kind: `OTP_${challenge.purpose}`,
  });
}
