import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AdminService } from './admin.service';
import type { IdentityContext } from '../../context';
import { RegisteredPartner } from '../partner/partner.type';
import { Kiosk, KioskConnection, PartnerAccount, PartnerAccountConnection } from './admin.type';

@Resolver()
export class AdminResolver {
  constructor(private readonly admin: AdminService) {}

  @Query(() => KioskConnection, { nullable: true, description: 'Hub admins: the registered kiosks, oldest first.' })
  kiosks(
    @Arg('first', () => Int, { nullable: true, description: 'How many kiosks, 0 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.admin.kiosks(ctx, ctx.caller, first, after);
  }

  @Mutation(() => Kiosk, { nullable: true, description: 'Hub admins: the kiosk’s device token and sessions stop working from the next request.' })
  revokeKiosk(
    @Arg('id', () => ID, { description: 'The kiosk to revoke.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (at most 500 characters; audited).' }) reason: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.admin.revokeKiosk(ctx, ctx.caller, id, reason);
  }

  @Query(() => PartnerAccountConnection, { nullable: true, description: 'Hub admins: the registered partner apps, oldest first.' })
  partnerAccounts(
    @Arg('first', () => Int, { nullable: true, description: 'How many partner apps, 0 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.admin.partners(ctx, ctx.caller, first, after);
  }

  @Mutation(() => PartnerAccount, {
    nullable: true,
    description: 'Hub admins: the partner’s tokens and client credentials stop working from the next request.',
  })
  disablePartner(
    @Arg('id', () => ID, { description: 'The partner app to disable.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (at most 500 characters; audited).' }) reason: string,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.admin.disablePartner(ctx, ctx.caller, id, reason);
  }

  @Mutation(() => RegisteredPartner, { nullable: true, description: 'Hub admins: a new client secret, shown once; the old one and its tokens stop working.' })
  rotatePartnerSecret(@Arg('id', () => ID, { description: 'The enabled partner app whose secret is replaced.' }) id: string, @Ctx() ctx: IdentityContext) {
    return this.admin.rotatePartnerSecret(ctx, ctx.caller, id);
  }
}
