import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { ApplicantRelation, TaspenDocumentKind, TaspenSubmissionType } from '../common/enums';
import type { TaspenDocumentKind as Kind, TaspenSubmissionType as Type } from '../requirements/requirements.rules';
import type { ApplicantRelation as Relation } from './submission.entity';

@InputType({ description: 'Who applies: the participant (SELF) or a relative, with their KTP data.' })
export class TaspenApplicantInput {
  @Field(() => ApplicantRelation)
  relation!: Relation;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: 'The applicant’s NIK (KTP).' })
  nik!: string;

  @Field(() => DateScalar)
  birthDate!: string;
}

@InputType()
export class TaspenDocumentInput {
  @Field(() => TaspenDocumentKind)
  kind!: Kind;

  @Field(() => ID, { description: 'An id from POST /uploads, uploaded by the submitter.' })
  documentId!: string;
}

@InputType()
export class TaspenSubmissionInput {
  @Field(() => TaspenSubmissionType)
  type!: Type;

  @Field(() => String)
  nip!: string;

  @Field(() => TaspenApplicantInput)
  applicant!: TaspenApplicantInput;

  @Field(() => [TaspenDocumentInput])
  documents!: TaspenDocumentInput[];

  @Field(() => ID, { description: 'Photo of the applicant’s KTP (JPEG or PNG upload).' })
  ktpPhotoDocumentId!: string;

  @Field(() => ID, { description: 'Selfie holding the KTP (JPEG or PNG upload).' })
  selfieWithKtpDocumentId!: string;

  @Field(() => String, { description: 'Where status changes are e-mailed.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'The same key returns the first submission instead of a second.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The participant’s answer to REQUEST_REVISION: every document again, and a note for the officer.' })
export class TaspenRevisionInput {
  @Field(() => [TaspenDocumentInput])
  documents!: TaspenDocumentInput[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}
