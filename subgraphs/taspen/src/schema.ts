import type { GraphQLSchema } from 'graphql';
import { allow, hasStaffRole, isParticipant, isSignedIn } from '#platform/auth/shield';
import { STAFF_ROLES } from '#domain/roles';
import { buildFederatedSchema, keyOnlyReference } from '#platform/federation/subgraph-schema';
import { rule } from 'graphql-shield';
import { authorizeRead } from '#domain/access-policy';
import type { Platform } from '#platform/runtime';
import type { TaspenContext } from './context';
import { createTaspenServices, type TaspenServices } from './services';
import { TASPEN_STAFF_ROLES, type TaspenFieldGroup } from './modules/access/access.rules';
import { TaspenProfileFieldsResolver } from './modules/access/access.resolver';
import { CardVerificationResolver } from './modules/card/card.resolver';
import { TaspenDashboardResolver } from './modules/dashboard/dashboard.resolver';
import { HubDashboard } from './modules/dashboard/dashboard.type';
import { TaspenParticipantResolver } from './modules/participant/participant.resolver';
import { Person } from './modules/person/person.type';
import { resolvePersonReference } from './modules/person/person.reference';
import { TaspenPersonResolver } from './modules/person/person.resolver';
import { TaspenRequirementsResolver } from './modules/requirements/requirements.resolver';
import { TaspenSubmissionDocumentResolver, TaspenSubmissionResolver } from './modules/submission/submission.resolver';

const taspenStaff = hasStaffRole(...TASPEN_STAFF_ROLES);

const GROUPS: TaspenFieldGroup[] = ['profile', 'cards', 'balances', 'submissions'];

/** A field group of a person's Taspen record, as the hub's access policy decides (logged for others than the person). */
const readRule = (group: TaspenFieldGroup | 'record') =>
  rule(`taspen:read:${group}`, { cache: 'no_cache' })(async (parent: { nik: string }, _args, ctx: TaspenContext, info: { fieldName: string }) => {
    const consent = ctx.caller.kind === 'partner' ? await ctx.consents.load(parent.nik) : null;
    const g = group === 'record' ? 'profile' : group;
    return authorizeRead(ctx, 'TASPEN', parent.nik, g, {
      action: `READ_TASPEN_${g.toUpperCase()}`,
      fields: group === 'record' ? [] : [`taspen.${info.fieldName}`],
      consent,
      record: group === 'record' ? GROUPS : undefined,
    });
  });
const READ = {
  record: readRule('record'),
  profile: readRule('profile'),
  cards: readRule('cards'),
  balances: readRule('balances'),
  submissions: readRule('submissions'),
};

/**
 * Deny by default: root fields are guarded here, and every field revealing a person's data has its own
 * rule through the hub's access policy (the resolvers ask the same policy again before they load).
 */
export const TASPEN_RULES = {
  Query: {
    taspenParticipantCheck: isSignedIn,
    taspenSubmissionRequirements: allow,
    taspenSubmission: isSignedIn,
    taspenSubmissions: taspenStaff,
    verifyCard: allow,
  },
  Mutation: {
    submitTaspenSubmission: isParticipant,
    reviseTaspenSubmission: isParticipant,
    reviewTaspenSubmission: taspenStaff,
    startTaspenSubmissionReview: taspenStaff,
  },
  Person: { nik: allow, taspen: READ.record },
  TaspenParticipant: {
    nip: READ.profile,
    employer: READ.profile,
    status: READ.profile,
    source: READ.profile,
    card: READ.cards,
    thtBalance: READ.balances,
    submissions: READ.submissions,
  },
  TaspenParticipantCheck: allow,
  RecordSource: allow,
  ThtBalance: allow,
  TaspenCard: allow,
  CardVerification: allow,
  TaspenSubmissionRequirements: allow,
  TaspenRequiredDocument: allow,
  TaspenSubmission: allow,
  TaspenApplicant: allow,
  TaspenSubmissionDocument: allow,
  TaspenSubmissionEvent: allow,
  TaspenSubmissionConnection: allow,
  PageInfo: allow,
  TaspenReviewResult: allow,
  HubDashboard: { id: allow, taspenSubmissionsByStatus: hasStaffRole(...STAFF_ROLES) },
  TaspenSubmissionStatusCount: allow,
};

/** The resolvers that need services, built once per process around them (the others need none). */
function taspenResolvers(services: TaspenServices): object[] {
  return [
    new TaspenSubmissionResolver(services.submissions),
    new TaspenSubmissionDocumentResolver(services.submissions),
    new TaspenDashboardResolver(services.submissions),
    new TaspenParticipantResolver(services.participants),
    new TaspenPersonResolver(services.participants),
    new TaspenProfileFieldsResolver(services.access),
    new CardVerificationResolver(services.cards),
    new TaspenRequirementsResolver(services.requirements),
  ];
}

export function buildTaspenSchema(platform?: Platform): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    instances: platform ? taspenResolvers(createTaspenServices(platform)) : [],
    resolvers: [
      TaspenPersonResolver,
      TaspenParticipantResolver,
      TaspenRequirementsResolver,
      TaspenSubmissionResolver,
      TaspenSubmissionDocumentResolver,
      CardVerificationResolver,
      TaspenProfileFieldsResolver,
      TaspenDashboardResolver,
    ],
    orphanedTypes: [Person, HubDashboard],
    references: {
      Person: { __resolveReference: resolvePersonReference },
      HubDashboard: keyOnlyReference,
    },
    rules: TASPEN_RULES,
  });
}
