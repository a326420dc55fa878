import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import type { AgencyName } from '#domain/agency';
import { Agency } from '../common/enums';

@ObjectType({ description: 'The KPT (Kartu Peserta Taspen), the participation card.' })
export class TaspenCard {
  @Field(() => String, { description: 'The card number: `KPT-` and the NIP.' })
  number!: string;

  @Field(() => DateScalar, { description: 'The day the card was issued or last renewed, `YYYY-MM-DD`.' })
  issuedAt!: string;

  @Field(() => String, { description: 'The card PDF: with the holder’s bearer token, or as given (signed, valid 10 minutes).' })
  downloadUrl!: string;

  @Field(() => String, { description: 'Signed code, also in the PDF’s QR code; check it with verifyCard.' })
  verificationCode!: string;
}

@ObjectType({ description: 'The answer of verifyCard: nothing but the card and the masked holder name.' })
export class CardVerification {
  @Field(() => Boolean, { description: 'True when the code is genuine and matches an unrevoked card on record; the other fields are null when false.' })
  valid!: boolean;

  @Field(() => Agency, { nullable: true, description: 'The agency that issued the card.' })
  agency!: AgencyName | null;

  @Field(() => String, { nullable: true, description: 'The card number.' })
  cardNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. `Bu** Sa*****`.' })
  holderName!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the card was issued, `YYYY-MM-DD`.' })
  issuedAt!: string | null;
}
