// The parts of a BPJS TK record that need more than the record itself; access per field group is
// decided by participant.rules.ts through the shield rules (schema.ts).
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { BpjsTkCard } from '../card/card.type';
import type { ClaimService } from '../claim/claim.service';
import { JhtClaimConnection, JhtClaimEligibility } from '../claim/claim.type';
import type { LedgerService } from '../ledger/ledger.service';
import { JhtBalance, JhtStatement } from '../ledger/ledger.type';
import { TICKETS, QueueTicketConnection } from '../queue/queue.page';
import type { QueueTicketService } from '../queue/queue.service';
import { QueueTicket } from '../queue/queue.type';
import type { ParticipantService } from './participant.service';
import { BpjsTkParticipant } from './participant.type';
import { JhtClaimReason } from '../common/enums';

@Resolver(() => BpjsTkParticipant)
export class BpjsTkParticipantResolver {
  constructor(
    private readonly participants: ParticipantService,
    private readonly claimService: ClaimService,
    private readonly ledger: LedgerService,
    private readonly queue: QueueTicketService,
  ) {}

  @FieldResolver(() => BpjsTkCard, { nullable: true, description: 'The digital KPJ card, null until issued; partners need the CARDS_READ consent scope.' })
  card(@Root() p: BpjsTkParticipant, @Ctx() ctx: BpjsTkContext): Promise<BpjsTkCard | null> {
    return this.participants.card(ctx, p.kpj);
  }

  @FieldResolver(() => JhtBalance, {
    nullable: true,
    description: 'The JHT balance now; null with STEP_UP_REQUIRED unless the participant stepped up in the last 15 minutes (partners: BALANCES_READ scope).',
  })
  jhtBalance(@Root() p: BpjsTkParticipant, @Ctx() ctx: BpjsTkContext): Promise<JhtBalance> {
    return this.ledger.balance(ctx, p.kpj);
  }

  @FieldResolver(() => JhtStatement, {
    nullable: true,
    description:
      'One calendar year of the JHT ledger; null with STEP_UP_REQUIRED unless the participant stepped up in the last 15 minutes, not at a kiosk (partners: BALANCES_READ scope).',
  })
  jhtStatement(
    @Root() p: BpjsTkParticipant,
    @Arg('year', () => Int, { description: 'The calendar year, e.g. 2025.' }) year: number,
    @Ctx() ctx: BpjsTkContext,
  ): Promise<JhtStatement> {
    return this.ledger.statement(ctx, p.kpj, year);
  }

  @FieldResolver(() => JhtClaimEligibility, {
    nullable: true,
    description: 'Whether a JHT claim is possible now, for one reason or (without one) as a full claim; partners need the CLAIMS_READ consent scope.',
  })
  jhtClaimEligibility(
    @Root() p: BpjsTkParticipant,
    @Arg('reason', () => JhtClaimReason, {
      nullable: true,
      description: 'HOUSING, RETIREMENT_PREPARATION or a full-claim reason; omit it for the full claim with any reason that applies.',
    })
    reason: JhtClaimReason | null,
    @Ctx() ctx: BpjsTkContext,
  ): Promise<JhtClaimEligibility | null> {
    return this.claimService.eligibilityOf(ctx, p.kpj, reason);
  }

  @FieldResolver(() => JhtClaimConnection, {
    nullable: true,
    description: 'The participant’s JHT claims, newest first; partners need the CLAIMS_READ consent scope.',
  })
  claims(
    @Root() p: BpjsTkParticipant,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0 to 100 (default 10).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: BpjsTkContext,
  ): Promise<JhtClaimConnection> {
    return this.claimService.ofParticipant(ctx, p.nik, first, after);
  }

  @FieldResolver(() => [QueueTicket], {
    nullable: true,
    description:
      'The participant’s branch queue tickets, latest slot first; never shown to partners. A plain list kept for the contract (page with `queueTicketsConnection`).',
  })
  queueTickets(
    @Root() p: BpjsTkParticipant,
    @Arg('first', () => Int, { nullable: true, description: TICKETS.listFirst }) first: number | null,
    @Ctx() ctx: BpjsTkContext,
  ): Promise<QueueTicket[]> {
    return this.queue.list(ctx, p.nik, first);
  }

  @FieldResolver(() => QueueTicketConnection, {
    nullable: true,
    description: 'The participant’s branch queue tickets, latest slot first, a page at a time; never shown to partners.',
  })
  queueTicketsConnection(
    @Root() p: BpjsTkParticipant,
    @Arg('first', () => Int, { nullable: true, description: TICKETS.pageFirst }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.queue.page(ctx, p.nik, first, after);
  }
}
