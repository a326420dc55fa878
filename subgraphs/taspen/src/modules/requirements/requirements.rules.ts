// Which documents a Taspen non-claim submission needs, computed from the NIP (never a stored list).
// KPT: Surat Pengantar, latest KGB and SK CPNS always; SPMT only for appointments after 2000.
import type { NipParts } from '#domain/identifiers';
import type { TaspenDocumentKind, TaspenSubmissionType } from '../common/enums';

export type { TaspenDocumentKind, TaspenSubmissionType };

export interface RequiredDocument {
  kind: TaspenDocumentKind;
  title: string;
  required: boolean;
}

export interface SubmissionRequirements {
  type: TaspenSubmissionType;
  title: string;
  documents: RequiredDocument[];
}

/** Appointments (TMT CPNS) after this year need an SPMT for a KPT. */
export const SPMT_REQUIRED_AFTER_YEAR = 2000;

const TITLES: Record<TaspenDocumentKind, string> = {
  SURAT_PENGANTAR: 'Surat Pengantar dari instansi',
  KGB_TERAKHIR: 'SK Kenaikan Gaji Berkala (KGB) terakhir',
  SK_CPNS: 'SK CPNS',
  SPMT: 'Surat Perintah Melaksanakan Tugas (SPMT)',
  OTHER: 'Dokumen pendukung lainnya',
};

const doc = (kind: TaspenDocumentKind, required: boolean): RequiredDocument => ({ kind, title: TITLES[kind], required });

export function submissionRequirements(type: TaspenSubmissionType, nip: Pick<NipParts, 'appointmentYear'>): SubmissionRequirements {
  switch (type) {
    case 'KPT':
      return {
        type,
        title: 'Kartu Peserta Taspen (KPT)',
        documents: [
          doc('SURAT_PENGANTAR', true),
          doc('KGB_TERAKHIR', true),
          doc('SK_CPNS', true),
          doc('SPMT', nip.appointmentYear > SPMT_REQUIRED_AFTER_YEAR),
          doc('OTHER', false),
        ],
      };
    case 'DATA_UPDATE':
      return {
        type,
        title: 'Perubahan Data Peserta',
        documents: [doc('SURAT_PENGANTAR', true), doc('SK_CPNS', false), doc('OTHER', false)],
      };
  }
}

/** The required kinds that `provided` lacks, in the order of the requirements. */
export function missingDocuments(requirements: SubmissionRequirements, provided: readonly TaspenDocumentKind[]): TaspenDocumentKind[] {
  const given = new Set(provided);
  return requirements.documents.filter((d) => d.required && !given.has(d.kind)).map((d) => d.kind);
}

/** Kinds the submission type does not list at all. */
export function unexpectedDocuments(requirements: SubmissionRequirements, provided: readonly TaspenDocumentKind[]): TaspenDocumentKind[] {
  const listed = new Set(requirements.documents.map((d) => d.kind));
  return [...new Set(provided.filter((kind) => !listed.has(kind)))];
}
