import { ForbiddenError, UnauthenticatedError } from '#platform/errors';
import { requireNik } from '#platform/validation/require';
import type { IdentityContext } from '../../context';
import type { Person } from './person.type';

/** Reading a person by NIK. Who may read which fields is decided by the shield rules. */
export async function findPerson(ctx: IdentityContext, rawNik: string): Promise<Person | null> {
  const nik = requireNik('nik', rawNik).nik;
  if (!ctx.devOpenPersonReads) {
    if (ctx.caller.kind === 'anonymous') throw new UnauthenticatedError();
    if (ctx.caller.kind !== 'staff') throw new ForbiddenError();
  }
  const record = await ctx.loaders.personByNik.load(nik);
  return record ? { nik: record.nik, fullName: record.fullName, birthDate: record.birthDate } : null;
}
