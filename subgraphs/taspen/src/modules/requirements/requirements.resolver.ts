import { Arg, Query, Resolver } from 'type-graphql';
import { requireNip } from '#platform/validation/require';
import { TaspenSubmissionType } from '../common/enums';
import { submissionRequirements, type TaspenSubmissionType as Type } from './requirements.rules';
import { TaspenSubmissionRequirements } from './requirements.type';

@Resolver()
export class TaspenRequirementsResolver {
  @Query(() => TaspenSubmissionRequirements, { description: 'Documents a submission needs, computed from the NIP (SPMT after 2000).' })
  taspenSubmissionRequirements(
    @Arg('type', () => TaspenSubmissionType) type: Type,
    @Arg('nip', () => String) nip: string,
  ): TaspenSubmissionRequirements {
    return submissionRequirements(type, requireNip('nip', nip));
  }
}
