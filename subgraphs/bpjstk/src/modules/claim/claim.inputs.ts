import { Field, ID, InputType } from 'type-graphql';
import { JhtClaimReason, JhtDocumentKind } from '../common/enums';

@InputType()
export class BankAccountInput {
  @Field(() => String)
  bankCode!: string;

  @Field(() => String)
  accountNumber!: string;

  @Field(() => String, { description: 'Must be the participant’s own name.' })
  accountName!: string;
}

@InputType()
export class JhtClaimDocumentInput {
  @Field(() => JhtDocumentKind)
  kind!: JhtDocumentKind;

  @Field(() => ID, { description: 'An upload of the caller (POST /uploads).' })
  documentId!: string;
}

@InputType()
export class JhtClaimInput {
  @Field(() => JhtClaimReason)
  reason!: JhtClaimReason;

  @Field(() => BankAccountInput)
  bankAccount!: BankAccountInput;

  @Field(() => String, { nullable: true, description: 'Required when the balance is over Rp 50,000,000.' })
  npwp?: string | null;

  @Field(() => [JhtClaimDocumentInput])
  documents!: JhtClaimDocumentInput[];

  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first claim.' })
  idempotencyKey?: string | null;
}
