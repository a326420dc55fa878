import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';

@Directive('@key(fields: "nik")')
@ObjectType({ description: 'One person across both agencies, keyed by NIK.' })
export class Person {
  @Field(() => ID, { description: 'NIK, 16 digits.' })
  nik!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Full name as on the KTP (identity card); for the person (also at a kiosk), officers and hub admins, or a partner with PROFILE_READ consent (else CONSENT_REQUIRED).',
  })
  fullName?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Birth date, `YYYY-MM-DD`; readable as `fullName` is.',
  })
  birthDate?: string | null;
}
