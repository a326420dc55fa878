import { Field, ID, ObjectType } from 'type-graphql';
import { maskEmail, maskPhone } from '#platform/masking';
import { OtpChannel } from '../common/enums';
import type { ChallengeRecord } from './otp.service';

@ObjectType({ description: 'A one-time code on its way; the destination is masked.' })
export class OtpChallenge {
  @Field(() => ID, { description: 'The challenge’s id: pass it with the code to verify, or to `resendOtp`.' })
  id!: string;

  @Field(() => OtpChannel, { description: 'How the code was sent.' })
  channel!: OtpChannel;

  @Field(() => String, {
    description: 'Where the code went, masked (`s***i@example.com`, `+62812****7890`); at a kiosk only a fixed “your account’s phone” text.',
  })
  destination!: string;

  @Field(() => Date, { description: 'When the 6-digit code stops working (5 minutes after sending; 24 hours for codes issued by hand).' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When `resendOtp` may be asked; null for manual codes.' })
  resendAvailableAt?: Date | null;
}

/** What a kiosk code shows for where it went: never the number (it would say the NIK has an account). */
export const KIOSK_DESTINATION = 'nomor ponsel akun Anda / your account’s phone';

export function maskDestination(destination: string): string {
  return destination.includes('@') ? maskEmail(destination) : maskPhone(destination);
}

export function toOtpChallenge(record: ChallengeRecord): OtpChallenge {
  return {
    id: record.id,
    channel: record.channel,
    destination: record.purpose === 'KIOSK_SESSION' ? KIOSK_DESTINATION : maskDestination(record.destination),
    expiresAt: new Date(record.expiresAt),
    resendAvailableAt: record.resendAvailableAt ? new Date(record.resendAvailableAt) : null,
  };
}
