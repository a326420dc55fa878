import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { ApplicantRelation, TaspenDocumentKind, TaspenSubmissionType } from '../common/enums';

@InputType({ description: 'Who applies: the participant (SELF) or a relative, with their KTP data.' })
export class TaspenApplicantInput {
  @Field(() => ApplicantRelation, { description: 'Who the applicant is to the participant (SELF: the NIK must be the participant’s own).' })
  relation!: ApplicantRelation;

  @Field(() => String, { description: 'The applicant’s full name as on the KTP (at most 200 characters).' })
  fullName!: string;

  @Field(() => String, { description: 'The applicant’s NIK (KTP).' })
  nik!: string;

  @Field(() => DateScalar, { description: 'The applicant’s birth date, `YYYY-MM-DD`; must agree with the NIK.' })
  birthDate!: string;
}

@InputType({ description: 'One document of a submission: its kind and the uploaded PDF.' })
export class TaspenDocumentInput {
  @Field(() => TaspenDocumentKind, { description: 'Which document this is.' })
  kind!: TaspenDocumentKind;

  @Field(() => ID, { description: 'An id from POST /uploads, a PDF uploaded by the submitter.' })
  documentId!: string;
}

@InputType({ description: 'A participant’s new Taspen submission.' })
export class TaspenSubmissionInput {
  @Field(() => TaspenSubmissionType, { description: 'What the submission asks for.' })
  type!: TaspenSubmissionType;

  @Field(() => String, { description: 'The participant’s NIP (18 digits); it must be the caller’s own.' })
  nip!: string;

  @Field(() => TaspenApplicantInput, { description: 'Who applies for the participant.' })
  applicant!: TaspenApplicantInput;

  @Field(() => [TaspenDocumentInput], {
    description: 'The documents, at most 20: every required kind of taspenSubmissionRequirements and no kind it does not list.',
  })
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
  @Field(() => [TaspenDocumentInput], { description: 'Every document again, replacing the earlier ones; checked as on submission (at most 20).' })
  documents!: TaspenDocumentInput[];

  @Field(() => String, { nullable: true, description: 'A note for the officer (at most 1000 characters).' })
  note?: string | null;
}
