import { Field, ID, ObjectType } from 'type-graphql';
import { JhtClaimChannel, JhtClaimReason, JhtClaimStatus, JhtDocumentKind } from '../common/enums';
import { connectionOf, type Page } from '#platform/federation/page-info';
import { RupiahScalar } from '../common/rupiah.scalar';

@ObjectType({ description: 'A document a JHT claim may need, and whether this one does.' })
export class JhtRequiredDocument {
  @Field(() => JhtDocumentKind, { description: 'Which document; cite an upload of it under this kind.' })
  kind!: JhtDocumentKind;

  @Field(() => String, { description: 'The document’s name in words, e.g. `Paklaring (proof of the end of employment)`.' })
  title!: string;

  @Field(() => Boolean, { description: 'Whether a claim must cite it (a paklaring is demanded only of RESIGNATION and TERMINATION claims).' })
  required!: boolean;
}

@ObjectType({ description: 'Whether a JHT claim (full, or the partial one asked for) is possible now, why, and how.' })
export class JhtClaimEligibility {
  @Field(() => Boolean, { description: 'Whether the claim may be submitted now.' })
  eligible!: boolean;

  @Field(() => [String], { description: 'The rules that decided, in words.' })
  reasons!: string[];

  @Field(() => JhtClaimChannel, { description: 'Where the claim is made, by the size of the balance.' })
  channel!: JhtClaimChannel;

  @Field(() => [JhtRequiredDocument], { description: 'The documents a claim cites, each marked required or not.' })
  requiredDocuments!: JhtRequiredDocument[];

  @Field(() => [JhtClaimReason], { description: 'Claim reasons that may be chosen now; empty when not eligible.' })
  allowedReasons!: JhtClaimReason[];

  @Field(() => RupiahScalar, {
    description:
      'The most the claim pays, whole rupiah: the whole balance for a full claim; for a partial claim its percentage of the balance, rounded down, and 0 when not eligible.',
  })
  maxAmount!: number;
}

@ObjectType({ description: 'The bank account a JHT claim is paid to (BPJS TK officers; each view is logged).' })
export class JhtBankAccount {
  @Field(() => String, { description: 'The bank’s code, 3 to 10 letters or digits.' }) bankCode!: string;
  @Field(() => String, { description: 'The account number, 6 to 20 digits, in full.' }) accountNumber!: string;
  @Field(() => String, { description: 'The account holder’s name: the participant’s own.' }) accountName!: string;
}

@ObjectType({ description: 'A JHT (old-age savings) claim.' })
export class JhtClaim {
  @Field(() => ID, { description: 'The claim’s id (for reviewJhtClaim and reviseJhtClaim).' })
  id!: string;

  @Field(() => JhtClaimStatus, { description: 'Where the claim is in its review.' })
  status!: JhtClaimStatus;

  @Field(() => JhtClaimChannel, { description: 'Where the claim is handled, decided by the balance when it was submitted.' })
  channel!: JhtClaimChannel;

  @Field(() => JhtClaimReason, { description: 'Why the participant claims: a full-claim or a partial-claim reason.' })
  reason!: JhtClaimReason;

  @Field(() => String, { description: 'The code for public tracking with trackJhtClaim, `JHT-XXXX-XXXX-XXXX`.' })
  trackingCode!: string;

  @Field(() => Date, { description: 'When the participant submitted the claim.' })
  submittedAt!: Date;

  @Field(() => RupiahScalar, { nullable: true, description: 'What a partial claim pays, whole rupiah; null for a full claim (the whole balance).' })
  amount!: number | null;

  nik!: string;
}

export const JhtClaimConnection = connectionOf(JhtClaim, 'JhtClaimConnection', {
  page: 'A page of JHT claims.',
  total: 'How many claims the whole list holds, across all pages.',
  nodes: 'The claims of this page.',
});
export type JhtClaimConnection = Page<JhtClaim>;

@ObjectType({ description: 'One step of a claim’s history as public tracking shows it: no notes, no names.' })
export class JhtClaimHistoryEntry {
  @Field(() => JhtClaimStatus, { description: 'The status the claim took at this step.' })
  status!: JhtClaimStatus;

  @Field(() => Date, { description: 'When the step happened.' })
  at!: Date;
}

@ObjectType({ description: 'What anyone holding a tracking code may see: status, channel and history only.' })
export class JhtClaimTracking {
  @Field(() => String, { description: 'The tracking code, `JHT-XXXX-XXXX-XXXX` (upper case).' })
  trackingCode!: string;

  @Field(() => JhtClaimStatus, { description: 'Where the claim is in its review.' })
  status!: JhtClaimStatus;

  @Field(() => JhtClaimChannel, { description: 'Where the claim is handled.' })
  channel!: JhtClaimChannel;

  @Field(() => [JhtClaimHistoryEntry], { description: 'Every step, oldest first.' })
  history!: JhtClaimHistoryEntry[];

  claimId!: string;
}

@ObjectType({ description: 'One step of a claim’s history, as its owner and the officers see it.' })
export class JhtClaimEvent {
  @Field(() => JhtClaimStatus, { description: 'The status the claim took at this step.' })
  status!: JhtClaimStatus;

  @Field(() => Date, { description: 'When the step happened.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The officer’s or the participant’s note.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'PARTICIPANT (a submission or revision) or STAFF (a review step).' })
  actor!: string | null;
}
