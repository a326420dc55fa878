import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { AccountResetInput, AccountResetTicket } from './account-reset.type';

@Resolver()
export class AccountResetResolver {
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
