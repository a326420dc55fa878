// An officer's decision on a Taspen submission or a JHT claim: one enum for both subgraphs.
import { registerEnum, type EnumValue } from '#platform/federation/enums';

export const ReviewDecision = registerEnum(
  'ReviewDecision',
  'An officer’s decision on a Taspen submission (reviewTaspenSubmission) or a JHT claim (reviewJhtClaim).',
  {
    APPROVE:
      'Approve: a Taspen submission becomes APPROVED (a KPT issues or renews the card); a JHT claim advances one step, SUBMITTED → VERIFIED → APPROVED → PAID.',
    REJECT: 'Reject: the item ends as REJECTED (a JHT claim not once it is APPROVED).',
    REQUEST_REVISION:
      'Send the item back to its submitter (NEEDS_REVISION), who answers with a revision; a Taspen decision needs a note saying what to change.',
  },
);
export type ReviewDecision = EnumValue<typeof ReviewDecision>;
