import { Ctx, Mutation, Arg, Query, Resolver } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import type { FeedbackService } from '../feedback/feedback.service';
import { ServiceFeedback, ServiceFeedbackInput } from '../feedback/feedback.type';
import type { RecoveryService } from '../recovery/recovery.service';
import { KpjRecoveryInput, KpjRecoveryResult } from '../recovery/recovery.type';
import type { ProgramService } from './program.service';
import { BpjsTkProgramInfo } from './program.type';

/** Small public operations: the programme catalogue, the e-survey and KPJ recovery. */
@Resolver()
export class PublicServicesResolver {
  constructor(
    private readonly programs: ProgramService,
    private readonly feedback: FeedbackService,
    private readonly recovery: RecoveryService,
  ) {}

  @Query(() => [BpjsTkProgramInfo], { description: 'The four BPJS TK programmes with their current contribution rates; public.' })
  bpjsTkPrograms() {
    return this.programs.programs();
  }

  @Mutation(() => ServiceFeedback, {
    nullable: true,
    description:
      'Anyone rates a service (the e-survey); a rating tied to a queue ticket is the holder’s, once per ticket; at most 30 an hour from one address.',
  })
  submitServiceFeedback(@Arg('input', () => ServiceFeedbackInput, { description: 'The rating.' }) input: ServiceFeedbackInput, @Ctx() ctx: BpjsTkContext) {
    return this.feedback.submit(ctx, input);
  }

  @Mutation(() => KpjRecoveryResult, {
    nullable: true,
    description:
      'Sends the KPJ to the contact on record when NIK, name and birth date match (at most three messages an hour to one person, whoever asks; a later match gets the same answer); public, rate-limited per address.',
  })
  recoverKpj(@Arg('input', () => KpjRecoveryInput, { description: 'Who asks.' }) input: KpjRecoveryInput, @Ctx() ctx: BpjsTkContext) {
    return this.recovery.recover(ctx, input);
  }
}
