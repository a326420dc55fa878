import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum, type EnumValue } from '#platform/federation/enums';
import { PageInfo } from '#platform/federation/page-info';

/** Who read a person's data: the only kinds of reader the person's access log shows. */
export const AccessLogActorKind = registerEnum('AccessLogActorKind', 'Who read a person’s data.', {
  PARTNER: 'A partner app, under the person’s consent.',
  STAFF: 'A staff member, with the purpose they stated.',
  KIOSK: 'An MPP (public service mall) kiosk, in a session the person opened with an SMS code.',
});
export type AccessLogActorKind = EnumValue<typeof AccessLogActorKind>;

@ObjectType({ description: 'One request’s read of the person’s data by a partner app, a staff member or a kiosk (across agencies, one entry).' })
export class AccessLogEntry {
  @Field(() => Date, { description: 'When the data was read (the request’s first read).' })
  at!: Date;

  @Field(() => AccessLogActorKind, { description: 'What kind of reader it was.' })
  actorKind!: AccessLogActorKind;

  @Field(() => String, { description: 'The partner’s name, the staff member’s e-mail or the kiosk’s name.' })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'The consent’s purpose (partners) or the stated purpose (staff, kiosks).' })
  purpose?: string | null;

  @Field(() => [String], { description: 'The fields the request read, in the order first read, e.g. `taspen.card` (one entry per request and reader).' })
  fields!: string[];

  @Field(() => String, { description: 'What was done: e.g. READ_TASPEN_CARDS, or READ_TASPEN when one request read fields of several groups.' })
  action!: string;
}

@ObjectType({ description: 'The person’s access log, newest first.' })
export class AccessLogConnection {
  @Field(() => Int, { description: 'Entries about the person in all (one per request and reader).' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Where this page ends, and whether more follows.' })
  pageInfo!: PageInfo;

  @Field(() => [AccessLogEntry], { description: 'The entries of this page, newest first.' })
  nodes!: AccessLogEntry[];

  @Field(() => Boolean, {
    description: 'True when another page follows (same as `pageInfo.hasNextPage`).',
    deprecationReason: 'Use pageInfo.hasNextPage, as on every other list.',
  })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last entry (same as `pageInfo.endCursor`).',
    deprecationReason: 'Use pageInfo.endCursor, as on every other list.',
  })
  endCursor?: string | null;
}
