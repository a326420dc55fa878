import { Field, ID, Int, ObjectType } from 'type-graphql';
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

@ObjectType({ description: 'Whether a full JHT claim is possible now, why, and how.' })
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
