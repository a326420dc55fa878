import { Field, ID, InputType } from 'type-graphql';
import { JhtClaimReason, JhtDocumentKind } from '../common/enums';
import { RupiahScalar } from '../common/rupiah.scalar';

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

  @Field(() => String, { nullable: true, description: 'Required when the balance is over Rp 50,000,000 or after a partial claim.' })
  npwp?: string | null;

  @Field(() => [JhtClaimDocumentInput])
  documents!: JhtClaimDocumentInput[];

  @Field(() => RupiahScalar, { nullable: true, description: 'Partial claims: at most jhtClaimEligibility(reason).maxAmount, which is also the default.' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first claim.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A participant’s answer to REQUEST_REVISION: the documents again (all of them), and what changed.' })
export class JhtClaimRevisionInput {
  @Field(() => [JhtClaimDocumentInput])
  documents!: JhtClaimDocumentInput[];

  @Field(() => BankAccountInput, { nullable: true, description: 'A corrected bank account; the one on the claim otherwise.' })
  bankAccount?: BankAccountInput | null;

  @Field(() => String, { nullable: true, description: 'A corrected or newly required NPWP.' })
  npwp?: string | null;

  @Field(() => String, { nullable: true, description: 'What was revised, for the officer.' })
  note?: string | null;
}
