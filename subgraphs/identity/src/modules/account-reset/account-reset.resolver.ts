import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AccountResetService } from './account-reset.service';
import type { IdentityContext } from '../../context';
import { AccountResetInput, AccountResetRequest, AccountResetTicket } from './account-reset.type';

@Resolver()
export class AccountResetResolver {
  constructor(private readonly accountResets: AccountResetService) {}

  @Query(() => [AccountResetRequest], { description: 'Officers (with X-Access-Purpose): open reset requests beside the person’s records.' })
  accountResetRequests(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'How many requests, oldest first (at most 100).' }) first: number,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.accountResets.openRequests(ctx, ctx.caller, ctx.accessPurpose, first);
  }

  @Mutation(() => AccountResetTicket, { nullable: true, description: 'Public: opens a ticket to free a NIK from its account.' })
  requestAccountReset(
    @Arg('input', () => AccountResetInput, { description: 'Who you are, and the new e-mail and phone.' }) input: AccountResetInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.accountResets.request(ctx, input);
  }

  @Mutation(() => AccountResetTicket, { nullable: true, description: 'Officers and admins: approve or reject a reset ticket.' })
  resolveAccountReset(
    @Arg('ticketId', () => ID, { description: 'The ticket to decide.' }) ticketId: string,
    @Arg('approve', () => Boolean, { description: 'True approves (the old account, if any, is disabled), false rejects.' }) approve: boolean,
    @Arg('note', () => String, { nullable: true, description: 'Why it was decided so (at most 1000 characters; audited).' }) note: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.accountResets.resolve(ctx, ctx.caller, ticketId, approve, note);
  }
}
