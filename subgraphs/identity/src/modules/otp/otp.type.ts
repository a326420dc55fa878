import { Field, ID, ObjectType } from 'type-graphql';
import { maskEmail, maskPhone } from '#platform/masking';
import { OtpChannel } from '../common/enums';
import type { ChallengeRecord } from './otp.service';

@ObjectType({ description: 'A one-time code on its way; the destination is masked.' })
export class OtpChallenge {
  @Field(() => ID)
  id!: string;

  @Field(() => OtpChannel)
  channel!: OtpChannel;

  @Field(() => String, { description: 'Where the code went, masked (`s***i@example.com`, `+62812****7890`).' })
  destination!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When `resendOtp` may be asked; null for manual codes.' })
  resendAvailableAt?: Date | null;
}

export function maskDestination(destination: string): string {
  return destination.includes('@') ? maskEmail(destination) : maskPhone(destination);
}

export function toOtpChallenge(record: ChallengeRecord): OtpChallenge {
  return {
    id: record.id,
    channel: record.channel as OtpChannel,
    destination: maskDestination(record.destination),
    expiresAt: new Date(record.expiresAt),
    resendAvailableAt: record.resendAvailableAt ? new Date(record.resendAvailableAt) : null,
  };
}
