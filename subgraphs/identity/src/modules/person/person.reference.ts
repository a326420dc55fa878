import type { IdentityContext } from '../../context';
import type { Person } from './person.type';

export async function resolvePersonReference(ref: { nik: string }, ctx: IdentityContext): Promise<Person> {
  const record = await ctx.loaders.knownPersonByNik.load(ref.nik);
  return { nik: ref.nik, fullName: record?.fullName ?? null, birthDate: record?.birthDate ?? null };
}
