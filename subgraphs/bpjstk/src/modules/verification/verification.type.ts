import { Field, ID, ObjectType } from 'type-graphql';
import { registerEnum, type EnumValue } from '#platform/federation/enums';
import { DateScalar } from '#platform/federation/scalars';
import { BpjsTkParticipant } from '../participant/participant.type';

export const ParticipantVerificationKind = registerEnum('ParticipantVerificationKind', 'What a verification item asks an officer to decide.', {
  NEW_RECORD: 'A record a hub self-registration created: unverified until an officer verifies it.',
  LINK: 'A registration naming a NIK BPJS TK already holds: it asks to be linked to that record.',
});
export type ParticipantVerificationKind = EnumValue<typeof ParticipantVerificationKind>;

export const VerificationDecision = registerEnum('VerificationDecision', 'An officer’s decision on a verification item.', {
  VERIFY: 'Verify the new record, or confirm the link to the existing one.',
  REJECT: 'Reject the new record or the link request.',
});
export type VerificationDecision = EnumValue<typeof VerificationDecision>;

@ObjectType({ description: 'An item of the BPJS TK officers’ verification queue.' })
export class ParticipantVerification {
  @Field(() => ID, { description: 'The item’s id (for decideParticipantVerification).' }) id!: string;
  @Field(() => ParticipantVerificationKind, { description: 'A new record to verify, or a link request.' }) kind!: ParticipantVerificationKind;
  @Field(() => String, { description: 'BPU or EMPLOYER: which registration asked.' }) source!: string;
  @Field(() => String, { description: 'The NIK (16-digit national identity number) the registration named.' }) nik!: string;
  @Field(() => String, { description: 'The name the registration stated.' }) fullName!: string;
  @Field(() => DateScalar, { description: 'The birth date the registration stated.' }) birthDate!: string;
  @Field(() => String, { nullable: true, description: 'The registering employer’s name, for a link request from an employer registration; null otherwise.' })
  employerName!: string | null;
  @Field(() => Boolean, { description: 'Whether the registration’s payment code was paid.' }) paid!: boolean;
  @Field(() => String, { description: 'PENDING, VERIFIED or REJECTED.' }) status!: string;
  @Field(() => Date, { description: 'When the item was created.' }) createdAt!: Date;
  @Field(() => BpjsTkParticipant, { nullable: true, description: 'The record this item concerns, beside the request (the read is logged).' })
  record!: BpjsTkParticipant | null;
}
