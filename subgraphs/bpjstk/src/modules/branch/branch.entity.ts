// A BPJS Ketenagakerjaan branch office (table branch_office).
import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { BranchRepository } from './branch.repository';

@Entity({ tableName: 'branch_office', repository: () => BranchRepository })
export class BranchOfficeRecord {
  [EntityRepositoryType]?: BranchRepository;

  /** e.g. `medan-kota` (branch.service.ts branchIdOf). */
  @PrimaryKey({ type: 'string', length: 40 }) id!: string;
  @Property({ type: 'string', length: 200, unique: true }) name!: string;
  @Property({ type: 'string', length: 100 }) city!: string;
  @Property({ type: 'string', length: 300 }) address!: string;
  @Property({ type: 'double', runtimeType: 'number' }) latitude!: number;
  @Property({ type: 'double', runtimeType: 'number' }) longitude!: number;
}
