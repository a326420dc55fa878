// The SMS channel's message grammar (short code 2757), tolerant of case and spaces:
//   DAFTAR SALDO#NIK#NAMA#DD-MM-YY#KPJ[#EMAIL]   registers the sender's number for balance messages
//   SALDO#KPJ                                    asks for the JHT balance
// Anything else is `unknown` and gets the usage text. Replies are in Bahasa Indonesia.

export type SmsCommand =
  | { kind: 'register'; nik: string; fullName: string; birthDay: number; birthMonth: number; birthYearTwoDigits: number; kpj: string; email: string | null }
  | { kind: 'balance'; kpj: string }
  | { kind: 'unknown' };

export function parseSms(text: string): SmsCommand {
  const parts = text
    .trim()
    .split('#')
    .map((part) => part.trim().replace(/\s+/g, ' '));
  const keyword = parts[0].toUpperCase().replace(/\s+/g, '');
  if (keyword === 'DAFTARSALDO' && (parts.length === 5 || parts.length === 6)) {
    const [, nik, fullName, birth, kpj, email] = parts;
    const date = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(birth); // dd-mm-yy (dd-mm-yyyy tolerated)
    const digits = (v: string) => v.replace(/\s+/g, '');
    if (!/^\d{16}$/.test(digits(nik)) || !/^\d{11}$/.test(digits(kpj)) || !fullName || !date) return { kind: 'unknown' };
    return {
      kind: 'register',
      nik: digits(nik),
      fullName,
      birthDay: Number(date[1]),
      birthMonth: Number(date[2]),
      birthYearTwoDigits: Number(date[3]) % 100,
      kpj: digits(kpj),
      email: email ? email.replace(/\s+/g, '').toLowerCase() || null : null,
    };
  }
  if (keyword === 'SALDO' && parts.length === 2 && /^\d{11}$/.test(parts[1].replace(/\s+/g, ''))) {
    return { kind: 'balance', kpj: parts[1].replace(/\s+/g, '') };
  }
  return { kind: 'unknown' };
}

/** `8523400` → `Rp 8.523.400` (dots as thousands separators, as written in Indonesia). */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp ${String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

export const SMS_REPLIES = {
  usage:
    'Format salah. Daftar: DAFTAR SALDO#NIK#NAMA#TGL LAHIR(dd-mm-yy)#NO PESERTA#EMAIL (email boleh dikosongkan). ' +
    'Cek saldo: SALDO#NO PESERTA. Kirim ke 2757.',
  registered: (kpj: string) => `Nomor Anda telah terdaftar untuk informasi saldo JHT KPJ ${kpj}. Kirim SALDO#${kpj} ke 2757 untuk cek saldo.`,
  mismatch: 'Data tidak sesuai dengan data kepesertaan BPJS Ketenagakerjaan. Periksa NIK, nama, tanggal lahir dan nomor peserta.',
  notRegistered: (kpj: string) =>
    `Nomor Anda belum terdaftar untuk KPJ ${kpj}. Daftar dulu: DAFTAR SALDO#NIK#NAMA#TGL LAHIR(dd-mm-yy)#NO PESERTA#EMAIL ke 2757.`,
  balance: (kpj: string, amount: number, asOf: string | null) =>
    `Saldo JHT KPJ ${kpj}: ${formatRupiah(amount)}${asOf ? ` per ${asOf}` : ''}. Info: bpjsketenagakerjaan.go.id`,
} as const;
