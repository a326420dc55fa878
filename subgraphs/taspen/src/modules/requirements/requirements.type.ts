import { Field, ObjectType } from 'type-graphql';
import { TaspenDocumentKind, TaspenSubmissionType } from '../common/enums';
import type { TaspenDocumentKind as Kind, TaspenSubmissionType as Type } from './requirements.rules';

@ObjectType({ description: 'One document a submission type asks for.' })
export class TaspenRequiredDocument {
  @Field(() => TaspenDocumentKind)
  kind!: Kind;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean)
  required!: boolean;
}

@ObjectType({ description: 'What a submission of a type needs, for one NIP.' })
export class TaspenSubmissionRequirements {
  @Field(() => TaspenSubmissionType)
  type!: Type;

  @Field(() => String)
  title!: string;

  @Field(() => [TaspenRequiredDocument])
  documents!: TaspenRequiredDocument[];
}
