import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '#platform/federation/page-info';

/** Who read a person's data: the only kinds of reader the person's access log shows. */
export enum AccessLogActorKind {
  PARTNER = 'PARTNER',
  STAFF = 'STAFF',
  KIOSK = 'KIOSK',
}
registerEnumType(AccessLogActorKind, { name: 'AccessLogActorKind' });

@ObjectType({ description: 'One read of the person’s data by a partner app, a staff member or a kiosk.' })
export class AccessLogEntry {
  @Field(() => Date)
  at!: Date;

  @Field(() => AccessLogActorKind)
  actorKind!: AccessLogActorKind;

  @Field(() => String, { description: 'The partner’s name, the staff member’s e-mail or the kiosk’s name.' })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'The consent’s purpose (partners) or the stated purpose (staff, kiosks).' })
  purpose?: string | null;

  @Field(() => [String], { description: 'The field groups read, e.g. `taspen.card`.' })
  fields!: string[];

  @Field(() => String, { description: 'What was done, e.g. READ_TASPEN_CARDS.' })
  action!: string;
}

@ObjectType({ description: 'The person’s access log, newest first.' })
export class AccessLogConnection {
  @Field(() => Int, { description: 'Entries about the person in all.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [AccessLogEntry])
  nodes!: AccessLogEntry[];

  @Field(() => Boolean, { deprecationReason: 'Use pageInfo.hasNextPage, as on every other list.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, deprecationReason: 'Use pageInfo.endCursor, as on every other list.' })
  endCursor?: string | null;
}
