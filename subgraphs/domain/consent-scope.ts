// What a partner may read of a person under consent: identity records it, taspen and bpjstk enforce it.
import { isEnumValue, registerEnum, type EnumValue } from '#platform/federation/enums';

/** What a partner may read of a person, field group by field group (the contract's values). */
export const ConsentScope = registerEnum('ConsentScope', 'A field group a partner may read under a person’s consent.', {
  PROFILE_READ: 'The person’s name and birth date, and the profile fields of their agency records (such as NIP).',
  CARDS_READ: 'The digital membership cards (Taspen KPT, BPJSTK card with the KPJ).',
  BALANCES_READ: 'Old-age savings balances and the yearly JHT statement (Taspen THT, BPJSTK JHT).',
  SUBMISSIONS_READ: 'The person’s Taspen submissions (such as KPT requests).',
  CLAIMS_READ: 'The person’s BPJSTK JHT claims and JHT claim eligibility.',
});
export type ConsentScope = EnumValue<typeof ConsentScope>;

export const CONSENT_SCOPES: readonly ConsentScopeName[] = Object.values(ConsentScope);

export const isConsentScope = (value: unknown): value is ConsentScope => isEnumValue(ConsentScope, value);

/** A scope's value as a string literal (what a token, a row or a literal in code holds): the same union. */
export type ConsentScopeName = ConsentScope;
