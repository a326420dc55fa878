import { registerEnumType } from 'type-graphql';

/** What a partner may read of a person, field group by field group (the contract's values). */
export enum ConsentScope {
  PROFILE_READ = 'PROFILE_READ',
  CARDS_READ = 'CARDS_READ',
  BALANCES_READ = 'BALANCES_READ',
  SUBMISSIONS_READ = 'SUBMISSIONS_READ',
  CLAIMS_READ = 'CLAIMS_READ',
}
registerEnumType(ConsentScope, { name: 'ConsentScope', description: 'A field group a partner may read under a person’s consent.' });
