import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { Partner } from '../partner/partner.type';
import { CONSENTS, ConsentConnection } from './consent.page';
import type { ConsentService } from './consent.service';
import { Consent, ConsentInput } from './consent.type';

@Resolver(() => Consent)
export class ConsentResolver {
  constructor(private readonly consents: ConsentService) {}

  @Mutation(() => Consent, { nullable: true, description: 'Lets a partner read the named field groups for a purpose (needs a step-up).' })
  grantConsent(
    @Arg('input', () => ConsentInput, { description: 'The partner, field groups, purpose and end of the consent.' }) input: ConsentInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<Consent> {
    return this.consents.grant(ctx, input);
  }

  @Query(() => [Consent], {
    nullable: true,
    description: 'The signed-in participant’s consents, newest first: a plain list kept for the contract (page with `myConsentsConnection`).',
  })
  myConsents(
    @Arg('first', () => Int, { nullable: true, description: CONSENTS.listFirst }) first: number | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<Consent[]> {
    return this.consents.list(ctx, first);
  }

  @Query(() => ConsentConnection, { nullable: true, description: 'The signed-in participant’s consents, newest first, a page at a time.' })
  myConsentsConnection(
    @Arg('first', () => Int, { nullable: true, description: CONSENTS.pageFirst }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.consents.page(ctx, first, after);
  }

  @Mutation(() => Consent, { nullable: true, description: 'Ends a consent now: the partner reads nothing more under it.' })
  revokeConsent(@Arg('id', () => ID, { description: 'The consent to end, from `myConsents`.' }) id: string, @Ctx() ctx: IdentityContext): Promise<Consent> {
    return this.consents.revoke(ctx, id);
  }

  @FieldResolver(() => Partner, { nullable: true })
  async partner(@Root() consent: Consent, @Ctx() ctx: IdentityContext): Promise<Partner | null> {
    const record = await ctx.loaders.partnerById.load(consent.partnerId);
    return record ? { id: record.id, name: record.name } : null;
  }
}
