import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { TaspenSubmissionRepository } from './submission.repository';
import type { TaspenDocumentKind, TaspenSubmissionType } from '../requirements/requirements.rules';
import type { TaspenSubmissionStatus } from './submission.state';
import type { ApplicantRelation } from '../common/enums';

export type { ApplicantRelation };

/** A participant's non-claim submission (KPT card, data update). */
@Entity({ tableName: 'submission', repository: () => TaspenSubmissionRepository })
export class TaspenSubmissionRecord {
  [EntityRepositoryType]?: TaspenSubmissionRepository;

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 14, unique: true }) trackingCode!: string;
  @Property({ type: 'string', length: 20 }) type!: TaspenSubmissionType;
  @Property({ type: 'string', length: 20 }) status!: TaspenSubmissionStatus;
  @Property({ type: 'string', length: 18 }) nip!: string;

  /** The participant's NIK (the NIP's owner), for per-person lists. */
  @Property({ type: 'string', length: 16 }) nik!: string;

  /** The submitting account: owner of the cited documents. */
  @Property({ type: 'text' }) accountId!: string;
  @Property({ type: 'string', length: 100, nullable: true }) idempotencyKey?: string | null;
  @Property({ type: 'string', length: 10 }) applicantRelation!: ApplicantRelation;
  @Property({ type: 'string', length: 200 }) applicantFullName!: string;
  @Property({ type: 'string', length: 16 }) applicantNik!: string;
  @Property({ type: 'date' }) applicantBirthDate!: string;
  @Property({ type: 'uuid' }) ktpPhotoDocumentId!: string;
  @Property({ type: 'uuid' }) selfieWithKtpDocumentId!: string;
  @Property({ type: 'string', length: 254 }) email!: string;
  @Property({ type: 'datetime' }) submittedAt!: Date;
  @Property({ type: 'datetime' }) updatedAt!: Date;
}

/** A document cited by a submission, in the order given. */
@Entity({ tableName: 'submission_document' })
export class TaspenSubmissionDocumentRecord {
  @PrimaryKey({ type: 'uuid' }) submissionId!: string;
  @PrimaryKey({ type: 'smallint' }) position!: number;
  @Property({ type: 'string', length: 20 }) kind!: TaspenDocumentKind;
  @Property({ type: 'uuid' }) documentId!: string;
}

/** One step of a submission's history: who moved it to which status, when, and why. */
@Entity({ tableName: 'submission_event' })
export class TaspenSubmissionEventRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true }) id!: string;
  @Property({ type: 'uuid' }) submissionId!: string;
  @Property({ type: 'string', length: 20 }) status!: TaspenSubmissionStatus;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'string', length: 20 }) actorKind!: string;
  @Property({ type: 'text' }) actorId!: string;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}
