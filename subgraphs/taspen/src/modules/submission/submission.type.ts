import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { ApplicantRelation, TaspenDocumentKind, TaspenSubmissionStatus, TaspenSubmissionType } from '../common/enums';
import { connectionOf, type Page } from '#platform/federation/page-info';

@ObjectType({ description: 'Who filed the submission for the participant.' })
export class TaspenApplicant {
  @Field(() => ApplicantRelation, { description: 'Who the applicant is to the participant.' })
  relation!: ApplicantRelation;

  @Field(() => String, { description: 'The applicant’s full name as on their KTP (identity card).' })
  fullName!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The applicant’s birth date, `YYYY-MM-DD`.' })
  birthDate?: string | null;
}

@ObjectType({ description: 'A document cited by a submission.' })
export class TaspenSubmissionDocument {
  @Field(() => TaspenDocumentKind, { description: 'Which document this is.' })
  kind!: TaspenDocumentKind;

  @Field(() => ID, { description: 'The id of the uploaded file (from POST /uploads).' })
  documentId!: string;

  /** The submission this document belongs to (for the download link). */
  submissionId!: string;
}

@ObjectType({ description: 'One status change: when, to what, by whom, and the note.' })
export class TaspenSubmissionEvent {
  @Field(() => TaspenSubmissionStatus, { description: 'The status the submission moved to.' })
  status!: TaspenSubmissionStatus;

  @Field(() => Date, { description: 'When the change happened.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The officer’s note on a decision, or the submitter’s on a revision; null when none.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Who took the step: PARTICIPANT (submission, revision) or STAFF (review).' })
  actor?: string | null;
}

@ObjectType({ description: 'A non-claim submission to Taspen (KPT card, data update).' })
export class TaspenSubmission {
  @Field(() => ID, { description: 'The submission’s id.' })
  id!: string;

  @Field(() => TaspenSubmissionType, { description: 'What the submission asks for.' })
  type!: TaspenSubmissionType;

  @Field(() => TaspenSubmissionStatus, { description: 'Where the submission stands now.' })
  status!: TaspenSubmissionStatus;

  @Field(() => String, { description: 'Unguessable code for following the submission.' })
  trackingCode!: string;

  @Field(() => Date, { description: 'When it was first filed (a revision does not change it).' })
  submittedAt!: Date;

  /** Not exposed: the participant's NIP and NIK, and the applicant, for field resolvers. */
  nip!: string;
  nik!: string;
  applicantRelation!: ApplicantRelation;
  applicantFullName!: string;
  applicantBirthDate!: string;
}

export const TaspenSubmissionConnection = connectionOf(TaspenSubmission, 'TaspenSubmissionConnection', {
  page: 'A page of submissions.',
  total: 'How many submissions the whole list holds, across all pages.',
  pageInfo: 'Where this page ends and whether more follows.',
  nodes: 'The submissions on this page.',
});
export type TaspenSubmissionConnection = Page<TaspenSubmission>;

@ObjectType({ description: 'A submission’s status after an officer’s step.' })
export class TaspenReviewResult {
  @Field(() => ID, { description: 'The submission’s id.' })
  id!: string;

  @Field(() => TaspenSubmissionStatus, { description: 'Its new status.' })
  status!: TaspenSubmissionStatus;
}
