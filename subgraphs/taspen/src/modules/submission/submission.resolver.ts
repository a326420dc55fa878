import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TaspenContext } from '../../context';
import { ReviewDecision, TaspenSubmissionStatus } from '../common/enums';
import { toParticipantView } from '../participant/participant.view';
import { TaspenParticipant } from '../participant/participant.type';
import { TaspenRevisionInput, TaspenSubmissionInput } from './submission.inputs';
import type { SubmissionService } from './submission.service';
import {
  TaspenApplicant,
  TaspenReviewResult,
  TaspenSubmission,
  TaspenSubmissionConnection,
  TaspenSubmissionDocument,
  TaspenSubmissionEvent,
} from './submission.type';

@Resolver(() => TaspenSubmission)
export class TaspenSubmissionResolver {
  constructor(private readonly submissions: SubmissionService) {}

  @Mutation(() => TaspenSubmission, { nullable: true, description: 'A participant files a submission for their own NIP.' })
  submitTaspenSubmission(
    @Arg('input', () => TaspenSubmissionInput, { description: 'The submission to file.' }) input: TaspenSubmissionInput,
    @Ctx() ctx: TaspenContext,
  ) {
    return this.submissions.submit(ctx, input);
  }

  @Query(() => TaspenSubmission, {
    nullable: true,
    description: 'One submission: for its owner, or Taspen staff (their reads are logged); anyone else gets NOT_FOUND.',
  })
  taspenSubmission(@Arg('id', () => ID, { description: 'The submission’s id.' }) id: string, @Ctx() ctx: TaspenContext) {
    return this.submissions.read(ctx, id);
  }

  @Query(() => TaspenSubmissionConnection, { nullable: true, description: 'The review queue (Taspen officers and hub admins), oldest first.' })
  taspenSubmissions(
    @Arg('status', () => TaspenSubmissionStatus, { nullable: true, description: 'Only submissions in this status; every status when omitted.' })
    status: TaspenSubmissionStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (20 when omitted).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: TaspenContext,
  ) {
    return this.submissions.queue(ctx, status ?? null, first ?? null, after ?? null);
  }

  @Mutation(() => TaspenReviewResult, { nullable: true, description: 'A Taspen officer approves, rejects or asks for a revision.' })
  reviewTaspenSubmission(
    @Arg('id', () => ID, { description: 'The submission’s id.' }) id: string,
    @Arg('decision', () => ReviewDecision, { description: 'Approve, reject, or ask for a revision.' }) decision: ReviewDecision,
    @Arg('note', () => String, {
      nullable: true,
      description: 'For the submitter: e-mailed and kept in the history (at most 1000 characters; required for REQUEST_REVISION).',
    })
    note: string | null,
    @Ctx() ctx: TaspenContext,
  ) {
    return this.submissions.decide(ctx, id, decision, note);
  }

  @Mutation(() => TaspenSubmission, { nullable: true, description: 'The submitter answers NEEDS_REVISION with new documents: back to SUBMITTED.' })
  reviseTaspenSubmission(
    @Arg('id', () => ID, { description: 'The id of the caller’s own submission, which must be NEEDS_REVISION.' }) id: string,
    @Arg('input', () => TaspenRevisionInput, { description: 'The new documents and a note.' }) input: TaspenRevisionInput,
    @Ctx() ctx: TaspenContext,
  ) {
    return this.submissions.revise(ctx, id, input);
  }

  @Mutation(() => TaspenReviewResult, { nullable: true, description: 'A Taspen officer takes a submitted submission into review.' })
  startTaspenSubmissionReview(@Arg('id', () => ID, { description: 'The submission’s id; it must be SUBMITTED.' }) id: string, @Ctx() ctx: TaspenContext) {
    return this.submissions.decide(ctx, id, 'START_REVIEW', null);
  }

  @FieldResolver(() => TaspenApplicant, { description: 'Who filed it for the participant.' })
  applicant(@Root() submission: TaspenSubmission): TaspenApplicant {
    return { relation: submission.applicantRelation, fullName: submission.applicantFullName, birthDate: submission.applicantBirthDate };
  }

  @FieldResolver(() => [TaspenSubmissionDocument], { description: 'The documents it cites, in the order given (a revision replaces them).' })
  async documents(@Root() submission: TaspenSubmission, @Ctx() ctx: TaspenContext): Promise<TaspenSubmissionDocument[]> {
    const rows = await ctx.loaders.documentsBySubmission.load(submission.id);
    return rows.map((row) => ({ kind: row.kind, documentId: row.documentId, submissionId: row.submissionId }));
  }

  @FieldResolver(() => [TaspenSubmissionEvent], { description: 'Every status change, oldest first.' })
  async history(@Root() submission: TaspenSubmission, @Ctx() ctx: TaspenContext): Promise<TaspenSubmissionEvent[]> {
    const rows = await ctx.loaders.historyBySubmission.load(submission.id);
    return rows.map((row) => ({ status: row.status, at: row.at, note: row.note ?? null, actor: row.actorKind }));
  }

  @FieldResolver(() => TaspenParticipant, {
    nullable: true,
    description: 'The participant the submission is for (by its NIP); its fields are guarded as on Person.taspen.',
  })
  async participant(@Root() submission: TaspenSubmission, @Ctx() ctx: TaspenContext): Promise<TaspenParticipant | null> {
    const record = await ctx.loaders.participantByNip.load(submission.nip);
    return record ? toParticipantView(record) : null;
  }
}

@Resolver(() => TaspenSubmissionDocument)
export class TaspenSubmissionDocumentResolver {
  constructor(private readonly submissions: SubmissionService) {}

  /** Only reached through a submission the caller may read (its owner or a Taspen officer). */
  @FieldResolver(() => String, { description: 'A signed link to the file, valid 10 minutes.' })
  downloadUrl(@Root() document: TaspenSubmissionDocument): string {
    return this.submissions.downloadUrl(document.documentId);
  }
}
