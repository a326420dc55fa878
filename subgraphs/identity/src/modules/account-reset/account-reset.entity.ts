import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import type { AccountResetStatus } from './account-reset.type';

export type { AccountResetStatus };

/** A request to free a NIK from its account (lost e-mail or phone), resolved by staff. */
@Entity({ tableName: 'account_reset_ticket' })
export class AccountResetTicketRecord extends BaseEntity {
  @Property({ type: 'string', length: 16 }) nik!: string;
  @Property({ type: 'string', length: 200 }) fullName!: string;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'string', length: 254 }) newEmail!: string;
  @Property({ type: 'string', length: 16 }) newPhone!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'string', length: 10 }) status: AccountResetStatus = 'OPEN';
  @Property({ type: 'date' }) expectedResolutionDate!: string;
  @Property({ type: 'uuid', nullable: true }) resolvedBy?: string | null;
  @Property({ type: 'text', nullable: true }) resolutionNote?: string | null;
  @Property({ type: 'datetime', nullable: true }) resolvedAt?: Date | null;

  /** When a registration used this approved ticket (its contacts are the only ones it admits). */
  @Property({ type: 'datetime', nullable: true }) usedAt?: Date | null;
}
