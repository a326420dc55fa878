import type { IdentityContext } from '../../context';
import type { Person } from './person.type';

/** Person by its key: the fields identity or an agency knows, null ones for a NIK nobody knows. */
export async function resolvePersonReference(ref: { nik: string }, ctx: Pick<IdentityContext, 'loaders'>): Promise<Person> {
  const record = await ctx.loaders.knownPersonByNik.load(ref.nik);
  return { nik: ref.nik, fullName: record?.fullName ?? null, birthDate: record?.birthDate ?? null };
}
