import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { readAccessLog } from '#platform/audit/audit-reader';
import { commonAction } from '#domain/read-log';
import { BadInputError } from '#platform/errors';
import type { IdentityContext } from '../../context';
import { DateScalar } from '#platform/federation/scalars';
import { Person } from '../person/person.type';
import { AccessLogActorKind, AccessLogConnection } from './access-log.type';
import { authorizeAccessLogRead, logProfileRead, profileAccess } from './person-read';

const MAX_PAGE = 100;
const SHOWN_KINDS = Object.values(AccessLogActorKind);

@Resolver(() => Person)
export class PersonAccessLogResolver {
  @FieldResolver(() => AccessLogConnection, {
    nullable: true,
    description:
      'Who read this person’s data, newest first: the person, or an auditor (AUDITOR, HUB_ADMIN) stating X-Access-Purpose, whose read is logged too.',
  })
  async accessLog(
    @Root() person: Person,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'How many entries, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<AccessLogConnection> {
    await authorizeAccessLogRead(ctx, person.nik);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadInputError('first', `first must be from 1 to ${MAX_PAGE}.`);
    if (after != null && !/^\d{1,18}$/.test(after)) throw new BadInputError('after', 'after is not a cursor of this list.');
    const page = await readAccessLog(ctx.db, { subjectNik: person.nik, actorKinds: SHOWN_KINDS, first, beforeId: after });
    const endCursor = page.records.at(-1)?.id ?? null;
    return {
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor },
      nodes: page.records.map((row) => ({
        at: row.at,
        actorKind: row.actorKind as AccessLogActorKind,
        actorName: row.actorName,
        purpose: row.purpose,
        fields: row.fields,
        action: row.actions.reduce(commonAction),
      })),
      hasNextPage: page.hasNextPage,
      endCursor,
    };
  }

  @FieldResolver(() => String, { nullable: true })
  async fullName(@Root() person: Person, @Ctx() ctx: IdentityContext): Promise<string | null> {
    return (await readProfile(ctx, person, 'identity.fullName'))?.fullName ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true })
  async birthDate(@Root() person: Person, @Ctx() ctx: IdentityContext): Promise<string | null> {
    return (await readProfile(ctx, person, 'identity.birthDate'))?.birthDate ?? null;
  }
}

async function readProfile(ctx: IdentityContext, person: Person, field: string): Promise<{ fullName: string | null; birthDate: string | null } | null> {
  const decision = await profileAccess(ctx, person.nik);
  if (decision !== true) throw decision;
  await logProfileRead(ctx, person.nik, [field]);
  if (person.fullName !== undefined) return { fullName: person.fullName ?? null, birthDate: person.birthDate ?? null };
  const record = await ctx.loaders.personByNik.load(person.nik);
  return record ? { fullName: record.fullName, birthDate: record.birthDate } : null;
}
