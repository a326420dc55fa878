import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JhtClaimChannel, JhtClaimReason, JhtClaimStatus, JhtDocumentKind } from '../common/enums';
import { PageInfo } from '#platform/federation/page-info';

@ObjectType()
export class JhtRequiredDocument {
  @Field(() => JhtDocumentKind)
  kind!: JhtDocumentKind;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean)
  required!: boolean;
}

@ObjectType({ description: 'Whether a JHT claim (full, or the partial one asked for) is possible now, why, and how.' })
export class JhtClaimEligibility {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [String], { description: 'The rules that decided, in words.' })
  reasons!: string[];

  @Field(() => JhtClaimChannel)
  channel!: JhtClaimChannel;

  @Field(() => [JhtRequiredDocument])
  requiredDocuments!: JhtRequiredDocument[];

  @Field(() => [JhtClaimReason], { description: 'Claim reasons that may be chosen now.' })
  allowedReasons!: JhtClaimReason[];

  @Field(() => Float, { description: 'The most the claim pays, whole rupiah: the balance (full claim) or its percentage, rounded down (partial claim); 0 when not eligible.' })
  maxAmount!: number;
}

@ObjectType({ description: 'The bank account a JHT claim is paid to (BPJS TK officers; each view is logged).' })
export class JhtBankAccount {
  @Field(() => String) bankCode!: string;
  @Field(() => String) accountNumber!: string;
  @Field(() => String) accountName!: string;
}

@ObjectType({ description: 'A JHT (old-age savings) claim.' })
export class JhtClaim {
  @Field(() => ID)
  id!: string;

  @Field(() => JhtClaimStatus)
  status!: JhtClaimStatus;

  @Field(() => JhtClaimChannel)
  channel!: JhtClaimChannel;

  @Field(() => JhtClaimReason)
  reason!: JhtClaimReason;

  @Field(() => String, { description: 'For public tracking (trackJhtClaim).' })
  trackingCode!: string;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'What a partial claim pays; null for a full claim (the whole balance).' })
  amount!: number | null;

  nik!: string;
}

@ObjectType()
export class JhtClaimConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [JhtClaim])
  nodes!: JhtClaim[];
}

@ObjectType()
export class JhtClaimHistoryEntry {
  @Field(() => JhtClaimStatus)
  status!: JhtClaimStatus;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'What anyone holding a tracking code may see: status, channel and history only.' })
export class JhtClaimTracking {
  @Field(() => String)
  trackingCode!: string;

  @Field(() => JhtClaimStatus)
  status!: JhtClaimStatus;

  @Field(() => JhtClaimChannel)
  channel!: JhtClaimChannel;

  @Field(() => [JhtClaimHistoryEntry])
  history!: JhtClaimHistoryEntry[];

  claimId!: string;
}

@ObjectType({ description: 'One step of a claim’s history, as its owner and the officers see it.' })
export class JhtClaimEvent {
  @Field(() => JhtClaimStatus)
  status!: JhtClaimStatus;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The officer’s or the participant’s note.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'PARTICIPANT (a submission or revision) or STAFF (a review step).' })
  actor!: string | null;
}
