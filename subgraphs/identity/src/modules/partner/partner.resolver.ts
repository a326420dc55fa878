import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { listPartners, registerPartner } from './partner.service';
import { Partner, PartnerRegistrationInput, RegisteredPartner } from './partner.type';

@Resolver()
export class PartnerResolver {
  @Mutation(() => RegisteredPartner, { nullable: true, description: 'Hub admins register a partner app; the client secret is shown once.' })
  registerPartner(@Arg('input', () => PartnerRegistrationInput, { description: 'The partner app’s name and the scopes it may ask for.' }) input: PartnerRegistrationInput, @Ctx() ctx: IdentityContext) {
    return registerPartner(ctx.em, ctx.caller, input);
  }

  @Query(() => [Partner], { description: 'Partner apps a person can give consent to.' })
  partners(@Ctx() ctx: IdentityContext): Promise<Partner[]> {
    return listPartners(ctx.em);
  }
}
