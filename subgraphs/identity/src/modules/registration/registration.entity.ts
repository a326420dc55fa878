import { Entity, EntityRepositoryType, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { RegistrationRepository } from './registration.repository';
import type { Agency, BpjsTkMembership, RegistrationStep } from '../common/enums';

export const REGISTRATION_TTL_HOURS = 24;

/** One registration in progress: a state machine over `nextStep`, expiring after 24 hours. */
@Entity({ tableName: 'registration', repository: () => RegistrationRepository })
export class RegistrationRecord extends BaseEntity {
  [EntityRepositoryType]?: RegistrationRepository;

  @Property({ type: 'string', length: 8 }) agency!: Agency;
  @Property({ type: 'string', length: 254 }) email!: string;
  @Property({ type: 'string', length: 20 }) nextStep!: RegistrationStep;

  /** The OTP challenge the current verification step waits for. */
  @Property({ type: 'uuid', nullable: true }) challengeId?: string | null;
  @Property({ type: 'string', length: 16, nullable: true }) nik?: string | null;
  @Property({ type: 'string', length: 200, nullable: true }) fullName?: string | null;
  @Property({ type: 'date', nullable: true }) birthDate?: string | null;
  @Property({ type: 'string', length: 1, nullable: true }) gender?: 'M' | 'F' | null;
  @Property({ type: 'string', length: 18, nullable: true }) nip?: string | null;
  @Property({ type: 'string', length: 11, nullable: true }) kpj?: string | null;
  @Property({ type: 'string', length: 3, nullable: true }) membership?: BpjsTkMembership | null;
  @Property({ type: 'string', length: 16, nullable: true }) phone?: string | null;
  @Property({ type: 'uuid', nullable: true }) accountId?: string | null;
  @Property({ type: 'datetime' }) expiresAt!: Date;
  @Property({ type: 'datetime', nullable: true }) completedAt?: Date | null;
}
