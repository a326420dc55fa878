import { Arg, Query, Resolver } from 'type-graphql';
import { TaspenSubmissionType } from '../common/enums';
import type { RequirementsService } from './requirements.service';
import { TaspenSubmissionRequirements } from './requirements.type';

@Resolver()
export class TaspenRequirementsResolver {
  constructor(private readonly requirements: RequirementsService) {}

  @Query(() => TaspenSubmissionRequirements, { description: 'Documents a submission needs, computed from the NIP (SPMT after 2000).' })
  taspenSubmissionRequirements(
    @Arg('type', () => TaspenSubmissionType, { description: 'The kind of submission.' }) type: TaspenSubmissionType,
    @Arg('nip', () => String, { description: 'The participant’s NIP (18 digits); its appointment year decides whether SPMT is required.' }) nip: string,
  ): TaspenSubmissionRequirements {
    return this.requirements.forNip(type, nip);
  }
}
