import { Field, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { KpjDeliveryChannel } from '../common/enums';

@InputType()
export class KpjRecoveryInput {
  @Field(() => String) nik!: string;
  @Field(() => String) fullName!: string;
  @Field(() => DateScalar) birthDate!: string;
}

@ObjectType({
  description:
    'Where the KPJ was sent, masked. The answer has this shape whether or not the data matched: ' +
    '`delivered: false` (channel and destination null) means nothing was sent — no participant matched, or none has a contact on record; the two are not told apart.',
})
export class KpjRecoveryResult {
  @Field(() => Boolean) delivered!: boolean;
  @Field(() => KpjDeliveryChannel, { nullable: true }) channel!: KpjDeliveryChannel | null;
  @Field(() => String, { nullable: true, description: 'Masked phone (`+62812****7890`) or e-mail (`d***i@example.com`).' })
  destination!: string | null;
}
