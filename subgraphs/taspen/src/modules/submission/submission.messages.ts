// E-mails to the participant on each status change, in Bahasa Indonesia.
import type { TaspenSubmissionType } from '../requirements/requirements.rules';
import type { TaspenSubmissionStatus } from './submission.state';

const TYPE_NAMES: Record<TaspenSubmissionType, string> = {
  KPT: 'Kartu Peserta Taspen (KPT)',
  DATA_UPDATE: 'perubahan data peserta',
};

const STATUS_TEXT: Record<TaspenSubmissionStatus, string> = {
  SUBMITTED: 'telah kami terima dan menunggu pemeriksaan petugas',
  IN_REVIEW: 'sedang diperiksa oleh petugas Taspen',
  NEEDS_REVISION: 'perlu diperbaiki. Silakan periksa catatan petugas dan ajukan kembali',
  APPROVED: 'telah disetujui',
  REJECTED: 'tidak dapat kami setujui',
};

export function statusEmail(input: { type: TaspenSubmissionType; status: TaspenSubmissionStatus; trackingCode: string; note?: string | null }): {
  subject: string;
  body: string;
} {
  const what = TYPE_NAMES[input.type];
  const lines = ['Yth. Peserta Taspen,', '', `Pengajuan ${what} Anda dengan nomor pelacakan ${input.trackingCode} ${STATUS_TEXT[input.status]}.`];
  if (input.note) lines.push('', `Catatan petugas: ${input.note}`);
  if (input.status === 'APPROVED' && input.type === 'KPT') {
    lines.push('', 'Kartu Peserta Taspen Anda kini tersedia di menu Kartu Digital dan dapat diunduh.');
  }
  lines.push('', 'Hormat kami,', 'PT TASPEN (Persero)');
  return { subject: `Pengajuan ${what} (${input.trackingCode}): status ${input.status}`, body: lines.join('\n') };
}
