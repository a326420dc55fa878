import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { BpuRegistrationInput, EmployerRegistrationInput } from './registration.inputs';
import type { RegistrationService } from './registration.service';
import { BpuRegistration, Employer, EmployerWorker, PaymentCode } from './registration.type';

@Resolver(() => Employer)
export class RegistrationResolver {
  constructor(private readonly registrations: RegistrationService) {}

  @Mutation(() => BpuRegistration, { nullable: true, description: 'A self-employed person (BPU) without a KPJ registers; pay the code to activate.' })
  registerBpuParticipant(
    @Arg('input', () => BpuRegistrationInput, { description: 'The person and the programmes.' }) input: BpuRegistrationInput,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.registrations.registerBpu(ctx, input);
  }

  @Mutation(() => Employer, { nullable: true, description: 'An employer registers itself and its workers (PU); pay the code to activate.' })
  registerEmployer(
    @Arg('input', () => EmployerRegistrationInput, { description: 'The employer, its workers and the programmes.' }) input: EmployerRegistrationInput,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.registrations.registerEmployer(ctx, input);
  }

  @Query(() => Employer, { nullable: true, description: 'An employer, for BPJS TK officers, hub admins and the account that registered it.' })
  employer(@Arg('id', () => ID, { description: 'The employer’s id.' }) id: string, @Ctx() ctx: BpjsTkContext) {
    return this.registrations.employer(ctx, id);
  }

  @FieldResolver(() => PaymentCode, { nullable: true, description: 'The code to pay the first month’s contributions of all the workers.' })
  paymentCode(@Root() employer: Employer, @Ctx() ctx: BpjsTkContext): Promise<PaymentCode | null> {
    return this.registrations.paymentCode(ctx, employer);
  }

  @FieldResolver(() => [EmployerWorker], { description: 'The workers registered, in the order given.' })
  workers(@Root() employer: Employer, @Ctx() ctx: BpjsTkContext): Promise<EmployerWorker[]> {
    return this.registrations.workers(ctx, employer);
  }
}
