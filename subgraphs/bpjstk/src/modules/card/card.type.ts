import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';

@ObjectType({ description: 'The digital KPJ card (Kartu Peserta Jamsostek).' })
export class BpjsTkCard {
  @Field(() => String, { description: 'Card number: the KPJ.' })
  number!: string;

  @Field(() => DateScalar, { description: 'The day the card was issued, `YYYY-MM-DD`.' })
  issuedAt!: string;

  @Field(() => String, { description: 'GET with the holder’s bearer token (or as given, signed and short-lived) for the PDF.' })
  downloadUrl!: string;

  @Field(() => String, { description: 'Signed code, also in the PDF’s QR code; check it with verifyCard.' })
  verificationCode!: string;
}
