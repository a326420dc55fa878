import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { BpjsTkParticipant } from '../participant/participant.type';

export enum ParticipantVerificationKind {
  /** A record a hub self-registration created: unverified until an officer verifies it. */
  NEW_RECORD = 'NEW_RECORD',
  /** A registration naming a NIK BPJS TK already holds: it asks to be linked to that record. */
  LINK = 'LINK',
}
registerEnumType(ParticipantVerificationKind, { name: 'ParticipantVerificationKind' });

export enum VerificationDecision {
  VERIFY = 'VERIFY',
  REJECT = 'REJECT',
}
registerEnumType(VerificationDecision, { name: 'VerificationDecision' });

@ObjectType({ description: 'An item of the BPJS TK officers’ verification queue.' })
export class ParticipantVerification {
  @Field(() => ID) id!: string;
  @Field(() => ParticipantVerificationKind) kind!: ParticipantVerificationKind;
  @Field(() => String, { description: 'BPU or EMPLOYER: which registration asked.' }) source!: string;
  @Field(() => String) nik!: string;
  @Field(() => String, { description: 'The name the registration stated.' }) fullName!: string;
  @Field(() => DateScalar, { description: 'The birth date the registration stated.' }) birthDate!: string;
  @Field(() => String, { nullable: true }) employerName!: string | null;
  @Field(() => Boolean, { description: 'Whether the registration’s payment code was paid.' }) paid!: boolean;
  @Field(() => String, { description: 'PENDING, VERIFIED or REJECTED.' }) status!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => BpjsTkParticipant, { nullable: true, description: 'The record this item concerns, beside the request (the read is logged).' })
  record!: BpjsTkParticipant | null;
}
