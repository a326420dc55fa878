import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { PARTNERS, PartnerConnection } from './partner.page';
import type { PartnerService } from './partner.service';
import { Partner, PartnerRegistrationInput, RegisteredPartner } from './partner.type';

@Resolver()
export class PartnerResolver {
  constructor(private readonly partnerService: PartnerService) {}

  @Mutation(() => RegisteredPartner, { nullable: true, description: 'Hub admins register a partner app; the client secret is shown once.' })
  registerPartner(
    @Arg('input', () => PartnerRegistrationInput, { description: 'The partner app’s name and the scopes it may ask for.' }) input: PartnerRegistrationInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.partnerService.register(ctx, input);
  }

  @Query(() => [Partner], {
    description: 'Partner apps a person can give consent to, by name: a plain list kept for the contract (page with `partnersConnection`).',
  })
  partners(
    @Arg('first', () => Int, { nullable: true, description: PARTNERS.listFirst }) first: number | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<Partner[]> {
    return this.partnerService.list(ctx, first);
  }

  @Query(() => PartnerConnection, { description: 'Partner apps a person can give consent to, by name, a page at a time.' })
  partnersConnection(
    @Arg('first', () => Int, { nullable: true, description: PARTNERS.pageFirst }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.partnerService.page(ctx, first, after);
  }
}
