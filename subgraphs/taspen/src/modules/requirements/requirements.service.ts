// The documents a Taspen submission needs, for the NIP typed (requirements.rules.ts decides). Built once
// per process; it needs nothing of the request.
import { requireNip } from '#domain/require-identifiers';
import { submissionRequirements, type SubmissionRequirements, type TaspenSubmissionType } from './requirements.rules';

export class RequirementsService {
  /** The requirements of `type` for the participant with this NIP (BAD_USER_INPUT on `nip` when it is not one). */
  forNip(type: TaspenSubmissionType, nip: string): SubmissionRequirements {
    return submissionRequirements(type, requireNip('nip', nip));
  }
}
