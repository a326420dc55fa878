import type { GraphQLSchema } from 'graphql';
import { allow, hasStaffRole, isParticipant, isSignedIn, protect } from '#platform/auth/shield';
import { STAFF_ROLES } from '#platform/auth/caller';
import { buildFederatedSchema } from '#platform/federation/subgraph-schema';
import { TASPEN_STAFF_ROLES } from './modules/access/person-access';
import { TaspenProfileFieldsResolver } from './modules/access/participant-profile.resolver';
import { CardVerificationResolver } from './modules/card/card.resolver';
import { HubDashboard, TaspenDashboardResolver } from './modules/dashboard/dashboard';
import { TaspenParticipantResolver } from './modules/participant/participant.resolver';
import { Person } from './modules/person/person.type';
import { resolvePersonReference } from './modules/person/person.reference';
import { TaspenPersonResolver } from './modules/person/person.resolver';
import { TaspenRequirementsResolver } from './modules/requirements/requirements.resolver';
import { TaspenSubmissionDocumentResolver, TaspenSubmissionResolver } from './modules/submission/submission.resolver';

const taspenStaff = hasStaffRole(...TASPEN_STAFF_ROLES);

/**
 * Root fields are guarded here; fields revealing a person's data (Person.taspen and the participant's
 * card, balance and submissions) decide in their resolvers through modules/access/person-access.ts,
 * because the answer depends on whose record it is.
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
    reviewTaspenSubmission: taspenStaff,
    startTaspenSubmissionReview: taspenStaff,
  },
  Person: allow,
  TaspenParticipant: allow,
  TaspenParticipantCheck: allow,
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

export async function buildTaspenSchema(): Promise<GraphQLSchema> {
  const schema = await buildFederatedSchema({
    resolvers: [
      TaspenPersonResolver, TaspenParticipantResolver, TaspenRequirementsResolver, TaspenSubmissionResolver,
      TaspenSubmissionDocumentResolver, CardVerificationResolver, TaspenProfileFieldsResolver,
      TaspenDashboardResolver,
    ],
    orphanedTypes: [Person, HubDashboard],
    references: {
      Person: { __resolveReference: resolvePersonReference },
      HubDashboard: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  });
  return protect(schema, TASPEN_RULES);
}
