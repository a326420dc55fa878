// The contract's enums, with exactly its names and values.
import { registerEnumType } from 'type-graphql';

const values = <T extends string>(...names: T[]) => Object.fromEntries(names.map((n) => [n, n])) as { [K in T]: K };

export const TaspenSubmissionType = values('KPT', 'DATA_UPDATE');
export const ApplicantRelation = values('SELF', 'SPOUSE', 'CHILD', 'OTHER');
export const TaspenDocumentKind = values('SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS', 'SPMT', 'OTHER');
export const TaspenSubmissionStatus = values('SUBMITTED', 'IN_REVIEW', 'NEEDS_REVISION', 'APPROVED', 'REJECTED');
export const ReviewDecision = values('APPROVE', 'REJECT', 'REQUEST_REVISION');
export const Agency = values('TASPEN', 'BPJSTK');

registerEnumType(TaspenSubmissionType, { name: 'TaspenSubmissionType', description: 'KPT: the participation card; DATA_UPDATE: a change of participant data.' });
registerEnumType(ApplicantRelation, { name: 'ApplicantRelation' });
registerEnumType(TaspenDocumentKind, { name: 'TaspenDocumentKind' });
registerEnumType(TaspenSubmissionStatus, { name: 'TaspenSubmissionStatus' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(Agency, { name: 'Agency' });
