import { Ctx, Mutation, Arg, Query, Resolver } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { submitServiceFeedback } from '../feedback/feedback.service';
import { ServiceFeedback, ServiceFeedbackInput } from '../feedback/feedback.type';
import { recoverKpj } from '../recovery/recovery.service';
import { KpjRecoveryInput, KpjRecoveryResult } from '../recovery/recovery.type';
import { bpjsTkPrograms } from './program.service';
import { BpjsTkProgramInfo } from './program.type';

/** Small public operations: the programme catalogue, the e-survey and KPJ recovery. */
@Resolver()
export class PublicServicesResolver {
  @Query(() => [BpjsTkProgramInfo])
  bpjsTkPrograms(@Ctx() ctx: BpjsTkContext) {
    return bpjsTkPrograms(ctx.platform.config);
  }

  @Mutation(() => ServiceFeedback, { nullable: true })
  submitServiceFeedback(@Arg('input', () => ServiceFeedbackInput) input: ServiceFeedbackInput, @Ctx() ctx: BpjsTkContext) {
    return submitServiceFeedback(ctx, input);
  }

  @Mutation(() => KpjRecoveryResult, { nullable: true, description: 'Sends the KPJ to the contact on record when NIK, name and birth date match.' })
  recoverKpj(@Arg('input', () => KpjRecoveryInput) input: KpjRecoveryInput, @Ctx() ctx: BpjsTkContext) {
    return recoverKpj(ctx, input);
  }
}
