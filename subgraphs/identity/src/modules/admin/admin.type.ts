// What hub administrators see of the kiosks and partner apps they registered (never a token or secret hash).
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '#platform/federation/page-info';
import { ConsentScope } from '../consent/consent-scope.enum';

export enum KioskStatus { ACTIVE = 'ACTIVE', REVOKED = 'REVOKED' }
export enum PartnerStatus { ACTIVE = 'ACTIVE', DISABLED = 'DISABLED' }
registerEnumType(KioskStatus, { name: 'KioskStatus' });
registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

@ObjectType({ description: 'An MPP kiosk, as its administrators see it.' })
export class Kiosk {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  location!: string;

  @Field(() => KioskStatus)
  status!: KioskStatus;

  @Field(() => Date)
  registeredAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last request of the kiosk or one of its sessions (to the minute).' })
  lastSeenAt!: Date | null;
}

@ObjectType()
export class KioskConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [Kiosk])
  nodes!: Kiosk[];
}

@ObjectType({ description: 'A partner app, as its administrators see it.' })
export class PartnerAccount {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'OAuth client_id.' })
  clientId!: string;

  @Field(() => [ConsentScope])
  scopes!: ConsentScope[];

  @Field(() => PartnerStatus)
  status!: PartnerStatus;

  @Field(() => Date)
  registeredAt!: Date;
}

@ObjectType()
export class PartnerAccountConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [PartnerAccount])
  nodes!: PartnerAccount[];
}
