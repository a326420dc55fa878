// The bpjstk subgraph's schema and its access rules (deny by default).
import type { GraphQLSchema } from 'graphql';
import { allow, hasStaffRole, isParticipant, isPersonSelf, isSignedIn } from '#platform/auth/shield';
import { STAFF_ROLES } from '#domain/roles';
import { buildFederatedSchema, keyOnlyReference } from '#platform/federation/subgraph-schema';
import { rule } from 'graphql-shield';
import { authorizeRead } from '#domain/access-policy';
import type { Platform } from '#platform/runtime';
import type { BpjsTkContext } from './context';
import { createBpjsTkServices, type BpjsTkServices } from './services';
import { BranchResolver } from './modules/branch/branch.resolver';
import { BpjsTkDashboardResolver } from './modules/dashboard/dashboard.resolver';
import { HubDashboard } from './modules/dashboard/dashboard.type';
import { ClaimResolver, JhtClaimResolver } from './modules/claim/claim.resolver';
import { BPJSTK_READERS, participantRead, type FieldGroup } from './modules/participant/participant.rules';
import { BpjsTkParticipantResolver } from './modules/participant/participant.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { BpjsTkPersonResolver } from './modules/person/person.resolver';
import { Person } from './modules/person/person.type';
import { PublicServicesResolver } from './modules/program/program.resolver';
import { QueueResolver } from './modules/queue/queue.resolver';
import { RegistrationResolver } from './modules/registration/registration.resolver';
import { VerificationResolver } from './modules/verification/verification.resolver';

/**
 * A field group of a person's record, readable as the access policy decides with the partner's consent (asked
 * from identity), the staff member's stated purpose, and one access-log entry per request, person and field
 * group for every read by someone other than the person (one rule per group: shield wants unique names).
 */
const readRule = (group: FieldGroup | 'record') =>
  rule(`bpjstk:read:${group}`, { cache: 'no_cache' })(async (parent: { nik: string }, _args, ctx: BpjsTkContext, info: { fieldName: string }) => {
    const consent = ctx.caller.kind === 'partner' ? await ctx.consents.load(parent.nik) : null;
    const read = participantRead(group, info.fieldName);
    return authorizeRead(ctx, 'BPJSTK', parent.nik, read.group, { ...read, consent });
  });
const READ = {
  record: readRule('record'),
  profile: readRule('profile'),
  cards: readRule('cards'),
  balances: readRule('balances'),
  statement: readRule('statement'),
  claims: readRule('claims'),
  queue: readRule('queue'),
};
const canRead = (group: FieldGroup | 'record') => READ[group];
/** A claim's bank account: BPJS TK officers and admins only (never the person's partners or kiosks), logged. */
const readsBankAccount = rule('bpjstk:read:bank', { cache: 'strict' })((claim: { nik: string }, _args, ctx: BpjsTkContext) =>
  authorizeRead(ctx, 'BPJSTK', claim.nik, 'bank', { action: 'READ_BPJSTK_CLAIM_BANK_ACCOUNT', fields: ['bpjsTk.claims.bankAccount'] }),
);
const bpjsTkOfficer = hasStaffRole('BPJSTK_OFFICER');

/** Types whose every field may be shown once the field that returned them was allowed. */
const OPEN_TYPES = [
  'BpjsTkCard',
  'JhtBalance',
  'JhtStatement',
  'JhtStatementEntry',
  'JhtRequiredDocument',
  'JhtClaimEligibility',
  'JhtClaimEvent',
  'JhtBankAccount',
  'PageInfo',
  'JhtClaimConnection',
  'JhtClaimHistoryEntry',
  'JhtClaimTracking',
  'BranchOffice',
  'QueueSlot',
  'QueueTicket',
  'QueueTicketConnection',
  'BpjsTkProgramInfo',
  'RecordSource',
  'ServiceFeedback',
  'KpjRecoveryResult',
  'PaymentCode',
  'BpuRegistration',
  'EmployerWorker',
  'Employer',
  'ParticipantVerification',
  '_Service',
];

export const bpjsTkRules = {
  Query: {
    employer: isSignedIn,
    trackJhtClaim: allow,
    jhtClaims: hasStaffRole(...BPJSTK_READERS),
    branchOffices: allow,
    queueSlots: allow,
    bpjsTkPrograms: allow,
    participantVerifications: bpjsTkOfficer,
  },
  Mutation: {
    registerBpuParticipant: allow,
    registerEmployer: allow,
    recoverKpj: allow,
    submitServiceFeedback: allow,
    submitJhtClaim: isParticipant,
    reviewJhtClaim: bpjsTkOfficer,
    reviseJhtClaim: isParticipant,
    bookQueueTicket: isPersonSelf,
    cancelQueueTicket: isPersonSelf,
    decideParticipantVerification: bpjsTkOfficer,
  },
  Person: { nik: allow, bpjsTk: canRead('record') },
  BpjsTkParticipant: {
    kpj: canRead('profile'),
    membership: canRead('profile'),
    status: canRead('profile'),
    employer: canRead('profile'),
    inactiveSince: canRead('profile'),
    memberSince: canRead('profile'),
    source: canRead('profile'),
    card: canRead('cards'),
    jhtBalance: canRead('balances'),
    jhtStatement: canRead('statement'),
    jhtClaimEligibility: canRead('claims'),
    claims: canRead('claims'),
    queueTickets: canRead('queue'),
    queueTicketsConnection: canRead('queue'),
  },
  JhtClaim: { '*': allow, bankAccount: readsBankAccount },
  HubDashboard: { id: allow, jhtClaimsByStatus: hasStaffRole(...STAFF_ROLES) },
  JhtClaimStatusCount: allow,
  ...Object.fromEntries(OPEN_TYPES.map((type) => [type, allow])),
};

/** The resolvers that need services, built once per process around them (the others need none). */
function bpjsTkResolvers(services: BpjsTkServices): object[] {
  return [
    new ClaimResolver(services.claims),
    new JhtClaimResolver(services.claims),
    new BpjsTkPersonResolver(services.participants),
    new BpjsTkDashboardResolver(services.claims),
    new BpjsTkParticipantResolver(services.participants, services.claims, services.ledger, services.queue),
    new RegistrationResolver(services.registrations),
    new VerificationResolver(services.verifications),
    new QueueResolver(services.queue),
    new BranchResolver(services.branches),
    new PublicServicesResolver(services.programs, services.feedback, services.recovery),
  ];
}

export function buildBpjsTkSchema(platform?: Platform): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    instances: platform ? bpjsTkResolvers(createBpjsTkServices(platform)) : [],
    resolvers: [
      BpjsTkPersonResolver,
      BpjsTkParticipantResolver,
      RegistrationResolver,
      ClaimResolver,
      JhtClaimResolver,
      BranchResolver,
      QueueResolver,
      PublicServicesResolver,
      BpjsTkDashboardResolver,
      VerificationResolver,
    ],
    orphanedTypes: [Person, HubDashboard],
    references: {
      Person: { __resolveReference: resolvePersonReference },
      HubDashboard: keyOnlyReference,
    },
    rules: bpjsTkRules,
  });
}
