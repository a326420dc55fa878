import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { ApplicantRelation, TaspenDocumentKind, TaspenSubmissionStatus, TaspenSubmissionType } from '../common/enums';
import type { TaspenDocumentKind as Kind, TaspenSubmissionType as Type } from '../requirements/requirements.rules';
import type { ApplicantRelation as Relation } from './submission.entity';
import type { TaspenSubmissionStatus as Status } from './submission.states';
import { PageInfo } from '#platform/federation/page-info';

@ObjectType({ description: 'Who filed the submission for the participant.' })
export class TaspenApplicant {
  @Field(() => ApplicantRelation)
  relation!: Relation;

  @Field(() => String)
  fullName!: string;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string | null;
}

@ObjectType({ description: 'A document cited by a submission.' })
export class TaspenSubmissionDocument {
  @Field(() => TaspenDocumentKind)
  kind!: Kind;

  @Field(() => ID)
  documentId!: string;

  /** The submission this document belongs to (for the download link). */
  submissionId!: string;
}

@ObjectType({ description: 'One status change: when, to what, by whom, and the note.' })
export class TaspenSubmissionEvent {
  @Field(() => TaspenSubmissionStatus)
  status!: Status;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Who took the step: PARTICIPANT (submission, revision) or STAFF (review).' })
  actor?: string | null;
}

@ObjectType({ description: 'A non-claim submission to Taspen (KPT card, data update).' })
export class TaspenSubmission {
  @Field(() => ID)
  id!: string;

  @Field(() => TaspenSubmissionType)
  type!: Type;

  @Field(() => TaspenSubmissionStatus)
  status!: Status;

  @Field(() => String, { description: 'Unguessable code for following the submission.' })
  trackingCode!: string;

  @Field(() => Date)
  submittedAt!: Date;

  /** Not exposed: the participant's NIP and NIK, and the applicant, for field resolvers. */
  nip!: string;
  nik!: string;
  applicantRelation!: Relation;
  applicantFullName!: string;
  applicantBirthDate!: string;
}

@ObjectType({ description: 'A page of submissions.' })
export class TaspenSubmissionConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [TaspenSubmission])
  nodes!: TaspenSubmission[];
}

@ObjectType()
export class TaspenReviewResult {
  @Field(() => ID)
  id!: string;

  @Field(() => TaspenSubmissionStatus)
  status!: Status;
}
