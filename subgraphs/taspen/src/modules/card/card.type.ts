import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import type { Agency as AgencyName } from '#platform/auth/caller';
import { Agency } from '../common/enums';

@ObjectType({ description: 'The KPT (Kartu Peserta Taspen), the participation card.' })
export class TaspenCard {
  @Field(() => String)
  number!: string;

  @Field(() => DateScalar)
  issuedAt!: string;

  @Field(() => String, { description: 'The card PDF: with the holder’s bearer token, or as given (signed, valid 10 minutes).' })
  downloadUrl!: string;

  @Field(() => String, { description: 'Signed code, also in the PDF’s QR code; check it with verifyCard.' })
  verificationCode!: string;
}

@ObjectType({ description: 'The answer of verifyCard: nothing but the card and the masked holder name.' })
export class CardVerification {
  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => Agency, { nullable: true })
  agency!: AgencyName | null;

  @Field(() => String, { nullable: true })
  cardNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. `Bu** Sa*****`.' })
  holderName!: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedAt!: string | null;
}
