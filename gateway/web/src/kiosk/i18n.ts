// What the kiosk says, in Bahasa Indonesia first and in English; and what each error code means for
// the person in front of the screen.
import { duration, type Language } from '../shared/format';
import type { GraphQLFailure } from '../shared/failure';

const id = {
  appTitle: 'Layanan Mandiri Taspen & BPJS Ketenagakerjaan',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  enrolTitle: 'Pendaftaran kiosk',
  enrolIntro: 'Petugas: masukkan atau pindai token perangkat kiosk ini (diberikan satu kali oleh admin hub), lalu pilih kantor cabang kiosk.',
  deviceToken: 'Token perangkat',
  branch: 'Kantor cabang kiosk ini',
  enrol: 'Daftarkan kiosk',
  enrolled: 'Kiosk terdaftar',
  nikTitle: 'Selamat datang',
  nikIntro: 'Masukkan NIK (16 angka di KTP Anda). Kode akan dikirim lewat SMS ke nomor ponsel akun Anda.',
  nik: 'NIK',
  next: 'Lanjut',
  back: 'Kembali',
  clear: 'Hapus semua',
  backspace: 'Hapus satu angka',
  codeTitle: 'Masukkan kode SMS',
  codeSentTo: (destination: string) => `Jika NIK ini memiliki akun, kode 6 angka telah dikirim lewat SMS ke ${destination}.`,
  codeSentToAccount: 'Jika NIK ini memiliki akun, kode 6 angka telah dikirim lewat SMS ke nomor ponsel akun tersebut.',
  code: 'Kode SMS',
  verify: 'Masuk',
  resend: 'Kirim ulang kode',
  resendIn: (seconds: number) => `Kirim ulang dalam ${duration(seconds, 'id')}`,
  hello: (name: string) => `Halo, ${name}`,
  overviewIntro: 'Data Anda di kedua lembaga. Sesi ini berakhir otomatis setelah 5 menit.',
  taspen: 'Taspen',
  bpjsTk: 'BPJS Ketenagakerjaan',
  notParticipant: 'Tidak terdaftar sebagai peserta.',
  status: 'Status',
  statuses: { ACTIVE: 'Aktif', INACTIVE: 'Tidak aktif', RETIRED: 'Pensiun', PENDING_PAYMENT: 'Menunggu pembayaran' } as Record<string, string>,
  kpt: 'Kartu Peserta Taspen (KPT)',
  kpj: 'Kartu Peserta Jamsostek (KPJ)',
  cardNumber: 'Nomor kartu',
  issuedAt: 'Tanggal terbit',
  noCard: 'Belum ada kartu.',
  qrLabel: (card: string) => `Kode QR verifikasi kartu ${card}`,
  thtBalance: 'Saldo THT',
  jhtBalance: 'Saldo JHT',
  asOf: (date: string) => `per ${date}`,
  unavailable: 'Tidak tersedia',
  submissions: 'Pengajuan Taspen',
  claims: 'Klaim JHT',
  none: 'Belum ada.',
  itemStatuses: {
    SUBMITTED: 'Diajukan',
    IN_REVIEW: 'Sedang diperiksa',
    NEEDS_REVISION: 'Perlu perbaikan',
    APPROVED: 'Disetujui',
    REJECTED: 'Ditolak',
    VERIFIED: 'Terverifikasi',
    PAID: 'Dibayar',
    BOOKED: 'Dipesan',
    CANCELLED: 'Dibatalkan',
    SERVED: 'Dilayani',
    NO_SHOW: 'Tidak hadir',
  } as Record<string, string>,
  submissionTypes: { KPT: 'Kartu KPT', DATA_UPDATE: 'Perubahan data' } as Record<string, string>,
  tickets: 'Tiket antrean',
  bookTicket: 'Ambil nomor antrean',
  done: 'Selesai',
  serviceTitle: 'Pilih layanan',
  services: { JHT_CLAIM: 'Klaim JHT', REGISTRATION: 'Pendaftaran', INFORMATION: 'Informasi', COMPLAINT: 'Pengaduan' } as Record<string, string>,
  branchTitle: 'Pilih kantor cabang',
  branchLabel: 'Kantor cabang',
  thisBranch: 'Cabang kiosk ini',
  km: (km: number) => `${km.toLocaleString('id-ID', { maximumFractionDigits: 0 })} km`,
  slotTitle: 'Pilih waktu',
  slotsOn: (day: string) => `Slot tersedia pada ${day}`,
  seatsLeft: (n: number) => `${n} tempat`,
  noSlots: 'Tidak ada slot kosong dalam seminggu ke depan di cabang ini. Pilih cabang lain.',
  ticketTitle: 'Tiket antrean Anda',
  ticketNumber: 'Nomor antrean',
  service: 'Layanan',
  time: 'Waktu',
  print: 'Cetak tiket',
  cancelTicket: 'Batalkan tiket',
  cancelled: 'Tiket dibatalkan.',
  toSurvey: 'Lanjut ke survei',
  surveyTitle: 'Bagaimana layanan kami?',
  rateService: 'Beri penilaian',
  surveyIntro: 'Beri nilai 1 (buruk) sampai 5 (sangat baik).',
  ratings: ['Buruk', 'Kurang', 'Cukup', 'Baik', 'Sangat baik'],
  comment: 'Komentar (tidak wajib)',
  send: 'Kirim',
  skip: 'Lewati',
  thanksTitle: 'Terima kasih',
  thanksText: 'Sesi Anda telah berakhir dan data Anda telah dihapus dari layar ini.',
  sessionEnded: 'Sesi berakhir. Data Anda telah dihapus dari layar ini.',
  idleTitle: 'Masih di sana?',
  idleText: (seconds: number) => `Demi privasi, sesi akan berakhir dalam ${duration(seconds, 'id')}.`,
  stay: 'Lanjutkan sesi',
  loading: 'Memuat…',
};

type Texts = typeof id;

const en: Texts = {
  appTitle: 'Taspen & BPJS Ketenagakerjaan self-service',
  switchLanguage: 'Bahasa Indonesia',
  switchLanguageLabel: 'Ganti ke Bahasa Indonesia',
  enrolTitle: 'Kiosk enrolment',
  enrolIntro: 'Staff: enter or scan this kiosk’s device token (given once by the hub admin), then choose the kiosk’s branch office.',
  deviceToken: 'Device token',
  branch: 'This kiosk’s branch office',
  enrol: 'Enrol kiosk',
  enrolled: 'Kiosk enrolled',
  nikTitle: 'Welcome',
  nikIntro: 'Enter your NIK (the 16 digits on your KTP). A code will be texted to your account’s phone.',
  nik: 'NIK',
  next: 'Next',
  back: 'Back',
  clear: 'Clear all',
  backspace: 'Delete one digit',
  codeTitle: 'Enter the SMS code',
  codeSentTo: (destination: string) => `If this NIK has an account, a 6-digit code was texted to ${destination}.`,
  codeSentToAccount: 'If this NIK has an account, a 6-digit code was texted to that account’s phone.',
  code: 'SMS code',
  verify: 'Sign in',
  resend: 'Send the code again',
  resendIn: (seconds: number) => `Send again in ${duration(seconds, 'en')}`,
  hello: (name: string) => `Hello, ${name}`,
  overviewIntro: 'Your records at both agencies. This session ends by itself after 5 minutes.',
  taspen: 'Taspen',
  bpjsTk: 'BPJS Ketenagakerjaan',
  notParticipant: 'Not registered as a participant.',
  status: 'Status',
  statuses: { ACTIVE: 'Active', INACTIVE: 'Inactive', RETIRED: 'Retired', PENDING_PAYMENT: 'Awaiting payment' },
  kpt: 'Taspen participant card (KPT)',
  kpj: 'Jamsostek participant card (KPJ)',
  cardNumber: 'Card number',
  issuedAt: 'Issued',
  noCard: 'No card yet.',
  qrLabel: (card: string) => `Verification QR code of card ${card}`,
  thtBalance: 'THT balance',
  jhtBalance: 'JHT balance',
  asOf: (date: string) => `as of ${date}`,
  unavailable: 'Not available',
  submissions: 'Taspen submissions',
  claims: 'JHT claims',
  none: 'None yet.',
  itemStatuses: {
    SUBMITTED: 'Submitted',
    IN_REVIEW: 'In review',
    NEEDS_REVISION: 'Needs revision',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    VERIFIED: 'Verified',
    PAID: 'Paid',
    BOOKED: 'Booked',
    CANCELLED: 'Cancelled',
    SERVED: 'Served',
    NO_SHOW: 'No show',
  },
  submissionTypes: { KPT: 'KPT card', DATA_UPDATE: 'Data update' },
  tickets: 'Queue tickets',
  bookTicket: 'Take a queue number',
  done: 'Done',
  serviceTitle: 'Choose a service',
  services: { JHT_CLAIM: 'JHT claim', REGISTRATION: 'Registration', INFORMATION: 'Information', COMPLAINT: 'Complaint' },
  branchTitle: 'Choose a branch office',
  branchLabel: 'Branch office',
  thisBranch: 'This kiosk’s branch',
  km: (km: number) => `${km.toLocaleString('en-GB', { maximumFractionDigits: 0 })} km`,
  slotTitle: 'Choose a time',
  slotsOn: (day: string) => `Free slots on ${day}`,
  seatsLeft: (n: number) => `${n} left`,
  noSlots: 'No free slot in the coming week at this branch. Choose another branch.',
  ticketTitle: 'Your queue ticket',
  ticketNumber: 'Queue number',
  service: 'Service',
  time: 'Time',
  print: 'Print ticket',
  cancelTicket: 'Cancel ticket',
  cancelled: 'Ticket cancelled.',
  toSurvey: 'Continue to the survey',
  surveyTitle: 'How was our service?',
  rateService: 'Rate our service',
  surveyIntro: 'Rate from 1 (poor) to 5 (excellent).',
  ratings: ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'],
  comment: 'Comment (optional)',
  send: 'Send',
  skip: 'Skip',
  thanksTitle: 'Thank you',
  thanksText: 'Your session has ended and your data has been cleared from this screen.',
  sessionEnded: 'The session has ended. Your data has been cleared from this screen.',
  idleTitle: 'Are you still there?',
  idleText: (seconds: number) => `For your privacy, the session ends in ${duration(seconds, 'en')}.`,
  stay: 'Continue the session',
  loading: 'Loading…',
};

export const TEXTS: Record<Language, Texts> = { id, en };

/** What went wrong, for the person, in their language: one message per error code of the contract. */
export function errorMessage(error: GraphQLFailure, language: Language, during: 'device' | 'walk-in' | 'session'): string {
  const wait = duration(error.retryAfterSeconds ?? 60, language);
  const ID = language === 'id';
  switch (error.code) {
    case 'OTP_INVALID':
      return ID ? 'Kode salah. Periksa SMS Anda dan coba lagi.' : 'Wrong code. Check your SMS and try again.';
    case 'OTP_EXPIRED':
      return ID ? 'Kode sudah tidak berlaku. Minta kode baru.' : 'The code is no longer valid. Ask for a new code.';
    case 'OTP_LOCKED':
      return ID ? 'Terlalu banyak kode salah: kode ini dikunci. Minta kode baru.' : 'Too many wrong codes: this code is locked. Ask for a new code.';
    case 'RATE_LIMITED':
      return ID ? `Terlalu banyak permintaan. Coba lagi dalam ${wait}.` : `Too many requests. Try again in ${wait}.`;
    case 'BAD_USER_INPUT':
      if (error.field === 'nik') return ID ? 'NIK tidak valid. Periksa 16 angka di KTP Anda.' : 'This NIK is not valid. Check the 16 digits on your KTP.';
      if (error.field === 'code') return ID ? 'Kode terdiri dari 6 angka.' : 'The code has 6 digits.';
      if (error.field === 'input.rating') return ID ? 'Pilih nilai 1 sampai 5.' : 'Choose a rating from 1 to 5.';
      if (error.field === 'input.slotStartsAt')
        return ID ? 'Waktu ini tidak bisa dipesan. Pilih waktu lain.' : 'This time cannot be booked. Choose another time.';
      return ID ? 'Data yang dimasukkan tidak valid.' : 'What was entered is not valid.';
    case 'UNAUTHENTICATED':
      return during === 'session'
        ? ID
          ? 'Sesi telah berakhir. Silakan mulai lagi.'
          : 'The session has ended. Please start again.'
        : ID
          ? 'Kiosk ini belum atau tidak lagi terdaftar. Hubungi petugas.'
          : 'This kiosk is not (or no longer) enrolled. Please ask staff.';
    case 'FORBIDDEN':
      return ID ? 'Tindakan ini tidak tersedia di kiosk.' : 'This is not available at a kiosk.';
    case 'NOT_FOUND':
      return ID ? 'Data tidak ditemukan.' : 'Nothing was found.';
    case 'CONFLICT':
      return ID ? 'Slot ini sudah penuh atau tiket sudah berubah. Pilih waktu lain.' : 'This slot is full or the ticket has changed. Choose another time.';
    case 'STEP_UP_REQUIRED':
    case 'CONSENT_REQUIRED':
      return ID ? 'Data ini tidak dapat ditampilkan di kiosk.' : 'This cannot be shown at a kiosk.';
    case 'IDENTITY_MISMATCH':
      return ID ? 'Data tidak cocok dengan catatan lembaga.' : 'The details do not match the agency’s record.';
    case 'NIK_ALREADY_REGISTERED':
      return ID ? 'NIK ini sudah memiliki akun.' : 'This NIK already has an account.';
    case 'SERVICE_UNAVAILABLE':
    case 'NETWORK':
      return ID ? 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.' : 'The service is not available right now. Try again shortly.';
    default:
      return ID ? 'Terjadi kesalahan. Coba lagi.' : 'Something went wrong. Please try again.';
  }
}
