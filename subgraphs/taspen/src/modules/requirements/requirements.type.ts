import { Field, ObjectType } from 'type-graphql';
import { TaspenDocumentKind, TaspenSubmissionType } from '../common/enums';

@ObjectType({ description: 'One document a submission type asks for.' })
export class TaspenRequiredDocument {
  @Field(() => TaspenDocumentKind, { description: 'The document kind.' })
  kind!: TaspenDocumentKind;

  @Field(() => String, { description: 'Its name in Indonesian, e.g. `SK CPNS`.' })
  title!: string;

  @Field(() => Boolean, { description: 'True when the submission must include it; false when optional.' })
  required!: boolean;
}

@ObjectType({ description: 'What a submission of a type needs, for one NIP.' })
export class TaspenSubmissionRequirements {
  @Field(() => TaspenSubmissionType, { description: 'The submission type asked about.' })
  type!: TaspenSubmissionType;

  @Field(() => String, { description: 'The submission’s name in Indonesian, e.g. `Kartu Peserta Taspen (KPT)`.' })
  title!: string;

  @Field(() => [TaspenRequiredDocument], { description: 'Every document kind the submission accepts, required or optional.' })
  documents!: TaspenRequiredDocument[];
}
