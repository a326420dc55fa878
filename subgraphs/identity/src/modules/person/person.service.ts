import { ConsentRequiredError, ForbiddenError, UnauthenticatedError } from '#platform/errors';
import { requireNik } from '#domain/require-identifiers';
import type { IdentityContext } from '../../context';
import type { Person } from './person.type';

/**
 * Reading a person by NIK: staff, stating their purpose in the `X-Access-Purpose` header
 * (FORBIDDEN without it), a participant or kiosk session for their own NIK (another NIK is FORBIDDEN),
 * or a partner under an active consent of the person (CONSENT_REQUIRED without one).
 * Which fields each caller then sees is decided by the shield rules.
 */
export async function findPerson(ctx: IdentityContext, rawNik: string): Promise<Person | null> {
  const nik = requireNik('nik', rawNik).nik;
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw new UnauthenticatedError();
  if (caller.kind === 'staff') {
    if (!ctx.accessPurpose) throw new ForbiddenError('Staff must state the purpose of this access in the X-Access-Purpose header.');
  } else if (caller.kind === 'partner') {
    // Without any active consent the partner learns nothing, not even whether the person exists.
    if ((await ctx.loaders.consentByNik.load(nik)).scopes.length === 0) throw new ConsentRequiredError('any of their data');
  } else if ((caller.kind !== 'participant' && caller.kind !== 'kiosk') || caller.nik !== nik) {
    throw new ForbiddenError('You may only read your own data.');
  }
  const record = await ctx.loaders.knownPersonByNik.load(nik);
  return record ? { nik: record.nik, fullName: record.fullName, birthDate: record.birthDate } : null;
}
