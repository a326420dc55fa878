// The contract's enums, with exactly its names and values.
import { registerEnumType } from 'type-graphql';

const values = <T extends string>(...names: T[]) => Object.fromEntries(names.map((n) => [n, n])) as { [K in T]: K };

export const TaspenSubmissionType = values('KPT', 'DATA_UPDATE');
export const ApplicantRelation = values('SELF', 'SPOUSE', 'CHILD', 'OTHER');
export const TaspenDocumentKind = values('SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS', 'SPMT', 'OTHER');
export const TaspenSubmissionStatus = values('SUBMITTED', 'IN_REVIEW', 'NEEDS_REVISION', 'APPROVED', 'REJECTED');

registerEnumType(TaspenSubmissionType, {
  name: 'TaspenSubmissionType',
  description: 'KPT: the participation card; DATA_UPDATE: a change of participant data.',
  valuesConfig: {
    KPT: { description: 'An application for the KPT (Kartu Peserta Taspen), the participation card.' },
    DATA_UPDATE: { description: 'A request to change the participant’s data (Perubahan Data Peserta).' },
  },
});
registerEnumType(ApplicantRelation, {
  name: 'ApplicantRelation',
  description: 'Who the applicant is to the participant.',
  valuesConfig: {
    SELF: { description: 'The participant themself (the applicant NIK must then be the participant’s own).' },
    SPOUSE: { description: 'The participant’s husband or wife.' },
    CHILD: { description: 'The participant’s child.' },
    OTHER: { description: 'Someone else applying for the participant.' },
  },
});
registerEnumType(TaspenDocumentKind, {
  name: 'TaspenDocumentKind',
  description: 'A kind of PDF document a Taspen submission cites.',
  valuesConfig: {
    SURAT_PENGANTAR: { description: 'Covering letter (Surat Pengantar) from the employing agency (instansi).' },
    KGB_TERAKHIR: { description: 'The latest periodic salary-raise decree (SK Kenaikan Gaji Berkala, KGB).' },
    SK_CPNS: { description: 'The appointment decree as a candidate civil servant (SK CPNS).' },
    SPMT: { description: 'The order to take up duty (Surat Perintah Melaksanakan Tugas); a KPT needs it when appointed after 2000.' },
    OTHER: { description: 'Any other supporting document (never required).' },
  },
});
registerEnumType(TaspenSubmissionStatus, {
  name: 'TaspenSubmissionStatus',
  description: 'Where a Taspen submission stands; every change is e-mailed to the address given with it.',
  valuesConfig: {
    SUBMITTED: { description: 'Filed (or revised) and waiting for an officer.' },
    IN_REVIEW: { description: 'An officer has taken it into review.' },
    NEEDS_REVISION: { description: 'The officer asked for changes; the submitter answers with reviseTaspenSubmission.' },
    APPROVED: { description: 'Approved (final); an approved KPT submission issues or renews the card.' },
    REJECTED: { description: 'Rejected (final).' },
  },
});

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { ReviewDecision } from '#domain/review-decision';
