import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { AccountResetInput, AccountResetRequest, AccountResetTicket } from './account-reset.type';

@Resolver()
export class AccountResetResolver {
  @Query(() => [AccountResetRequest], { description: 'Officers (with X-Access-Purpose): open reset requests beside the person’s records.' })
  accountResetRequests(@Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number, @Ctx() ctx: IdentityContext) {
    return ctx.services.accountResets.openRequests(ctx.caller, ctx.accessPurpose, first);
  }

  @Mutation(() => AccountResetTicket, { nullable: true, description: 'Public: opens a ticket to free a NIK from its account.' })
  requestAccountReset(@Arg('input', () => AccountResetInput) input: AccountResetInput, @Ctx() ctx: IdentityContext) {
    return ctx.services.accountResets.request(input);
  }

  @Mutation(() => AccountResetTicket, { nullable: true, description: 'Officers and admins: approve or reject a reset ticket.' })
  resolveAccountReset(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.accountResets.resolve(ctx.caller, ticketId, approve, note);
  }
}
