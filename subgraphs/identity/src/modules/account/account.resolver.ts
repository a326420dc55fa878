import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { resolvePersonReference } from '../person/person.reference';
import { Person } from '../person/person.type';
import type { AccountService } from './account.service';
import { Account } from './account.type';

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Query(() => Account, { nullable: true, description: 'The signed-in account.' })
  me(@Ctx() ctx: IdentityContext): Promise<Account> {
    return this.accounts.current(ctx);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() account: Account, @Ctx() ctx: IdentityContext): Promise<Person> | null {
    return account.person ? resolvePersonReference(account.person, ctx) : null;
  }
}
