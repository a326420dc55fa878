// The contract's enums, with exactly its names and values.
import { registerEnum, type EnumValue } from '#platform/federation/enums';

export const TaspenSubmissionType = registerEnum('TaspenSubmissionType', 'KPT: the participation card; DATA_UPDATE: a change of participant data.', {
  KPT: 'An application for the KPT (Kartu Peserta Taspen), the participation card.',
  DATA_UPDATE: 'A request to change the participant’s data (Perubahan Data Peserta).',
});
export type TaspenSubmissionType = EnumValue<typeof TaspenSubmissionType>;

export const ApplicantRelation = registerEnum('ApplicantRelation', 'Who the applicant is to the participant.', {
  SELF: 'The participant themself (the applicant NIK must then be the participant’s own).',
  SPOUSE: 'The participant’s husband or wife.',
  CHILD: 'The participant’s child.',
  OTHER: 'Someone else applying for the participant.',
});
export type ApplicantRelation = EnumValue<typeof ApplicantRelation>;

export const TaspenDocumentKind = registerEnum('TaspenDocumentKind', 'A kind of PDF document a Taspen submission cites.', {
  SURAT_PENGANTAR: 'Covering letter (Surat Pengantar) from the employing agency (instansi).',
  KGB_TERAKHIR: 'The latest periodic salary-raise decree (SK Kenaikan Gaji Berkala, KGB).',
  SK_CPNS: 'The appointment decree as a candidate civil servant (SK CPNS).',
  SPMT: 'The order to take up duty (Surat Perintah Melaksanakan Tugas); a KPT needs it when appointed after 2000.',
  OTHER: 'Any other supporting document (never required).',
});
export type TaspenDocumentKind = EnumValue<typeof TaspenDocumentKind>;

export const TaspenSubmissionStatus = registerEnum(
  'TaspenSubmissionStatus',
  'Where a Taspen submission stands; every change is e-mailed to the address given with it.',
  {
    SUBMITTED: 'Filed (or revised) and waiting for an officer.',
    IN_REVIEW: 'An officer has taken it into review.',
    NEEDS_REVISION: 'The officer asked for changes; the submitter answers with reviseTaspenSubmission.',
    APPROVED: 'Approved (final); an approved KPT submission issues or renews the card.',
    REJECTED: 'Rejected (final).',
  },
);
export type TaspenSubmissionStatus = EnumValue<typeof TaspenSubmissionStatus>;

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { ReviewDecision } from '#domain/review-decision';
