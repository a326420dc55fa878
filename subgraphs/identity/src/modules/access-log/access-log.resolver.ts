import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { DateScalar } from '#platform/federation/scalars';
import { Person } from '../person/person.type';
import type { AccessLogService } from './access-log.service';
import { AccessLogConnection } from './access-log.type';

@Resolver(() => Person)
export class PersonAccessLogResolver {
  constructor(private readonly accessLogs: AccessLogService) {}

  @FieldResolver(() => AccessLogConnection, {
    nullable: true,
    description:
      'Who read this person’s data, newest first: the person, or an auditor (AUDITOR, HUB_ADMIN) stating X-Access-Purpose, whose read is logged too.',
  })
  accessLog(
    @Root() person: Person,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'How many entries, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<AccessLogConnection> {
    return this.accessLogs.page(ctx, person.nik, first, after);
  }

  @FieldResolver(() => String, { nullable: true })
  async fullName(@Root() person: Person, @Ctx() ctx: IdentityContext): Promise<string | null> {
    return (await this.accessLogs.profile(ctx, person, 'identity.fullName'))?.fullName ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true })
  async birthDate(@Root() person: Person, @Ctx() ctx: IdentityContext): Promise<string | null> {
    return (await this.accessLogs.profile(ctx, person, 'identity.birthDate'))?.birthDate ?? null;
  }
}
