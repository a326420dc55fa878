// A staff list read of several people at once: one DataLoader batch, so the number of SQL statements
// does not grow with the number of NIKs (federation then fetches each agency's part in one batch too).
import { BadInputError, ForbiddenError, UnauthenticatedError } from '#platform/errors';
import { requireNik } from '#domain/require-identifiers';
import type { IdentityContext } from '../../context';
import type { Person } from './person.type';

export const MAX_PEOPLE_PER_READ = 100;

/** People in the order of `niks`; null for a NIK the hub does not know. Staff only, with a stated purpose. */
export async function findPeople(ctx: IdentityContext, rawNiks: readonly string[]): Promise<Array<Person | null>> {
  if (ctx.caller.kind === 'anonymous') throw new UnauthenticatedError();
  if (ctx.caller.kind !== 'staff') throw new ForbiddenError('Only staff may read lists of people.');
  if (!ctx.accessPurpose) throw new ForbiddenError('Staff must state the purpose of this access in the X-Access-Purpose header.');
  if (rawNiks.length > MAX_PEOPLE_PER_READ) throw new BadInputError('niks', `At most ${MAX_PEOPLE_PER_READ} NIKs per request.`);
  const niks = rawNiks.map((nik) => requireNik('niks', nik).nik);
  const records = await ctx.loaders.knownPersonByNik.loadMany(niks);
  return records.map((record) => {
    if (record instanceof Error) throw record;
    return record ? { nik: record.nik, fullName: record.fullName, birthDate: record.birthDate } : null;
  });
}
