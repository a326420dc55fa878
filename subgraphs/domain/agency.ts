// The two social security agencies whose records the hub joins by NIK: one enum for every subgraph.
import { isEnumValue, registerEnum, type EnumValue } from '#platform/federation/enums';

export const Agency = registerEnum('Agency', 'One of the two social security agencies whose records the hub joins by NIK.', {
  TASPEN: 'Taspen: the civil servants’ agency (NIP, KPT participation card, THT old-age savings).',
  BPJSTK: 'BPJS Ketenagakerjaan: the workers’ agency (KPJ participant number, JHT, JKK, JKM and JP programmes).',
});
export type Agency = EnumValue<typeof Agency>;

export const AGENCIES: readonly Agency[] = Object.values(Agency);

export const isAgency = (value: unknown): value is Agency => isEnumValue(Agency, value);

/** A caller's agency claim (a string in the token) as an Agency, or null. */
export function agencyOf(value: string | null | undefined): Agency | null {
  return isAgency(value) ? value : null;
}

/** An agency's value as a string literal (what a token, a row or a literal in code holds): the same union. */
export type AgencyName = Agency;
