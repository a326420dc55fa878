// Small built-in word lists for generated demo people: Indonesian-looking, entirely synthetic.

export const MALE_NAMES = [
  'Agus', 'Ahmad', 'Andi', 'Arif', 'Bambang', 'Budi', 'Dedi', 'Dimas', 'Eko', 'Fajar', 'Hendra', 'Heru', 'Irfan',
  'Joko', 'Made', 'Muhammad', 'Nyoman', 'Putu', 'Rahmat', 'Rizky', 'Rudi', 'Slamet', 'Teguh', 'Wahyu', 'Yusuf',
] as const;

export const FEMALE_NAMES = [
  'Ayu', 'Dewi', 'Dian', 'Endang', 'Fitri', 'Indah', 'Kartika', 'Lestari', 'Maya', 'Nur', 'Nurul', 'Putri', 'Ratna',
  'Rina', 'Sari', 'Siti', 'Sri', 'Tuti', 'Wati', 'Wulan', 'Yanti', 'Yuliana', 'Intan', 'Ani', 'Kadek',
] as const;

export const FAMILY_NAMES = [
  'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kurniawan', 'Setiawan', 'Pratama', 'Nugroho', 'Lubis', 'Nasution',
  'Siregar', 'Harahap', 'Simanjuntak', 'Sihombing', 'Rahmawati', 'Susanti', 'Wulandari', 'Hasibuan', 'Gunawan',
  'Suryani', 'Halim', 'Tanjung', 'Purba', 'Sinaga', 'Manurung', 'Utami', 'Permata', 'Syahputra',
] as const;

export const CITIES = [
  'Lhokseumawe', 'Banda Aceh', 'Medan', 'Tebing Tinggi', 'Padang', 'Pekanbaru', 'Palembang', 'Bandar Lampung',
  'Jakarta', 'Bandung', 'Semarang', 'Yogyakarta', 'Surabaya', 'Malang', 'Denpasar', 'Mataram', 'Kupang',
  'Pontianak', 'Banjarmasin', 'Samarinda', 'Manado', 'Makassar', 'Kendari', 'Ambon', 'Jayapura',
] as const;

export const TASPEN_EMPLOYERS = [
  'Pemerintah Kota', 'Pemerintah Kabupaten', 'Dinas Pendidikan Kota', 'Dinas Kesehatan Kota', 'RSUD',
  'Kantor Kementerian Agama Kota', 'Badan Pusat Statistik Kota', 'Kantor Pelayanan Pajak Pratama',
] as const;

export const ARTICLES = ['PT', 'PT', 'PT', 'CV'] as const;

export const COMPANY_WORDS = [
  'Sinar', 'Jaya', 'Abadi', 'Makmur', 'Sentosa', 'Mandiri', 'Nusantara', 'Karya', 'Logistik', 'Sejahtera',
  'Bumi', 'Cahaya', 'Perkasa', 'Utama', 'Maju', 'Bersama', 'Indah', 'Prima', 'Tekstil', 'Niaga',
] as const;
