import { ArrayType, Entity, EntityRepositoryType, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { AccountRepository } from './account.repository';
import type { AgencyName as Agency } from '#domain/agency';
import type { StaffRole } from '#domain/roles';

export type AccountKind = 'PARTICIPANT' | 'STAFF';

/**
 * A sign-in: a participant (one per NIK) or a staff member. E-mail and NIK are unique among
 * accounts that are not disabled; an approved account reset disables the old one.
 */
@Entity({ tableName: 'account', repository: () => AccountRepository })
export class AccountRecord extends BaseEntity {
  [EntityRepositoryType]?: AccountRepository;

  @Property({ type: 'string', length: 12 }) kind!: AccountKind;
  @Property({ type: 'string', length: 254 }) email!: string;
  @Property({ type: 'string', length: 16, nullable: true }) phone?: string | null;
  @Property({ type: 'text', hidden: true, lazy: false }) passwordHash!: string;
  @Property({ type: 'string', length: 16, nullable: true }) nik?: string | null;
  @Property({ type: ArrayType, columnType: 'text[]' }) roles: StaffRole[] = [];
  @Property({ type: 'string', length: 8, nullable: true }) agency?: Agency | null;
  @Property({ type: 'string', length: 100, nullable: true }) branch?: string | null;
  @Property({ type: 'datetime', nullable: true }) disabledAt?: Date | null;
}
