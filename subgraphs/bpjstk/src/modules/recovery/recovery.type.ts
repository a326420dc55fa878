import { Field, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { KpjDeliveryChannel } from '../common/enums';

@InputType({ description: 'Who asks for their KPJ: NIK, name and birth date, to match the record.' })
export class KpjRecoveryInput {
  @Field(() => String, { description: 'The NIK (Nomor Induk Kependudukan), the 16-digit national identity number on the KTP.' }) nik!: string;
  @Field(() => String, { description: 'The full name, as on the KTP.' }) fullName!: string;
  @Field(() => DateScalar, { description: 'The birth date, `YYYY-MM-DD`.' }) birthDate!: string;
}

@ObjectType({
  description:
    'Where the KPJ was sent, masked. The answer has this shape whether or not the data matched: ' +
    '`delivered: false` (channel and destination null) means nothing was sent — no participant matched, or none has a contact on record; the two are not told apart.',
})
export class KpjRecoveryResult {
  @Field(() => Boolean, { description: 'Whether the KPJ was sent.' }) delivered!: boolean;
  @Field(() => KpjDeliveryChannel, { nullable: true, description: 'How it was sent; null when nothing was sent.' }) channel!: KpjDeliveryChannel | null;
  @Field(() => String, { nullable: true, description: 'Masked phone (`+62812****7890`) or e-mail (`d***i@example.com`).' })
  destination!: string | null;
}
