// Reads of a person's Taspen data, through the hub's one access policy and its read-log helper. Every
// resolver revealing a person's Taspen data goes through here. Built once per process (services.ts); each
// call gets the request's scope.
import { authorizeRead, decideRecord } from '#domain/access-policy';
import type { TaspenContext } from '../../context';
import type { TaspenFieldGroup } from './access.rules';

/** What an access check needs of its request: the caller, the stated purpose, the read log and the partner's consents. */
export type AccessScope = Pick<TaspenContext, 'caller' | 'accessPurpose' | 'readLog' | 'consents'>;

const GROUPS: TaspenFieldGroup[] = ['profile', 'cards', 'balances', 'submissions'];

export class AccessService {
  /** Throws unless the caller may read `group` of the person; logs a read by someone else once per request and group. */
  async requirePersonAccess(scope: AccessScope, nik: string, group: TaspenFieldGroup, fields: string[]): Promise<void> {
    const consent = scope.caller.kind === 'partner' ? await scope.consents.load(nik) : null;
    const answer = await authorizeRead(scope, 'TASPEN', nik, group, { action: `READ_TASPEN_${group.toUpperCase()}`, fields, consent });
    if (answer !== true) throw answer;
  }

  /**
   * The person's Taspen record itself (the object holding the field groups): what `profile` allows,
   * except that a partner gets it with consent to any Taspen group, each field then checked on its own.
   */
  async requireRecordAccess(scope: AccessScope, nik: string): Promise<void> {
    // The record names no field read by itself: its fields do (TASPEN_RULES).
    if (scope.caller.kind !== 'partner') return this.requirePersonAccess(scope, nik, 'profile', []);
    const consent = await scope.consents.load(nik);
    const decision = decideRecord(scope.caller, 'TASPEN', nik, GROUPS, { consentScopes: consent.scopes });
    if (!decision.allowed) throw decision.error;
  }

  /** A profile field of a record the caller reached through a check of the whole record (Person.taspen) or of a submission. */
  async requireProfileField(scope: AccessScope, nik: string): Promise<void> {
    // The field's own rule (TASPEN_RULES) already put it in the access log.
    if (scope.caller.kind === 'partner') await this.requirePersonAccess(scope, nik, 'profile', []);
  }
}
