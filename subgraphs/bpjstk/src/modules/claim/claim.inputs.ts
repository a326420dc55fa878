import { Field, ID, InputType } from 'type-graphql';
import { JhtClaimReason, JhtDocumentKind } from '../common/enums';
import { RupiahScalar } from '../common/rupiah.scalar';

@InputType({ description: 'The bank account a JHT claim is to be paid to.' })
export class BankAccountInput {
  @Field(() => String, { description: 'The bank’s code, 3 to 10 letters or digits (any case).' })
  bankCode!: string;

  @Field(() => String, { description: 'The account number, 6 to 20 digits (spaces and dashes are dropped).' })
  accountNumber!: string;

  @Field(() => String, { description: 'The account holder’s name: must be the participant’s own name.' })
  accountName!: string;
}

@InputType({ description: 'A document a JHT claim cites: one of the caller’s uploads, and what it is.' })
export class JhtClaimDocumentInput {
  @Field(() => JhtDocumentKind, { description: 'What the document is.' })
  kind!: JhtDocumentKind;

  @Field(() => ID, { description: 'The id of one of the caller’s own uploads (POST /uploads).' })
  documentId!: string;
}

@InputType({ description: 'A JHT claim: why, where to pay it, and its documents.' })
export class JhtClaimInput {
  @Field(() => JhtClaimReason, {
    description: 'A full-claim reason, or HOUSING or RETIREMENT_PREPARATION for a partial claim; it must be eligible now (see jhtClaimEligibility).',
  })
  reason!: JhtClaimReason;

  @Field(() => BankAccountInput, { description: 'Where to pay the claim, in the participant’s own name.' })
  bankAccount!: BankAccountInput;

  @Field(() => String, {
    nullable: true,
    description: 'The participant’s NPWP (tax number); required when the balance is over Rp 50,000,000 or after a partial claim.',
  })
  npwp?: string | null;

  @Field(() => [JhtClaimDocumentInput], { description: 'The documents cited; every required one of jhtClaimEligibility(reason) must be among them.' })
  documents!: JhtClaimDocumentInput[];

  @Field(() => RupiahScalar, {
    nullable: true,
    description: 'Partial claims only, whole rupiah: at most jhtClaimEligibility(reason).maxAmount, which is also the default.',
  })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first claim.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A participant’s answer to REQUEST_REVISION: the documents again (all of them), and what changed.' })
export class JhtClaimRevisionInput {
  @Field(() => [JhtClaimDocumentInput], { description: 'All the documents the claim cites, again; checked as on submission.' })
  documents!: JhtClaimDocumentInput[];

  @Field(() => BankAccountInput, { nullable: true, description: 'A corrected bank account; the one on the claim otherwise.' })
  bankAccount?: BankAccountInput | null;

  @Field(() => String, { nullable: true, description: 'A corrected or newly required NPWP.' })
  npwp?: string | null;

  @Field(() => String, { nullable: true, description: 'What was revised, for the officer.' })
  note?: string | null;
}
