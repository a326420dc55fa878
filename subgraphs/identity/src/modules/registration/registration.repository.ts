import { LockMode } from '@mikro-orm/core';
import { EntityRepository } from '@mikro-orm/postgresql';
import { RegistrationStep } from '../common/enums';
import { isAgency } from '#domain/agency';
import type { RegistrationRecord } from './registration.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class RegistrationRepository extends EntityRepository<RegistrationRecord> {
  /** A registration that has not expired, optionally locked for the rest of the transaction. */
  async findLive(id: string, lock = false): Promise<RegistrationRecord | null> {
    if (!UUID.test(id)) return null;
    const record = await this.findOne({ id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
    return record && record.expiresAt > new Date() ? record : null;
  }

  /** Registrations waiting at phone verification, oldest first (optionally of one agency). */
  pendingPhoneVerifications(limit: number, agency: string | null): Promise<RegistrationRecord[]> {
    return this.find(
      { nextStep: RegistrationStep.VERIFY_PHONE, expiresAt: { $gt: new Date() }, ...(isAgency(agency) ? { agency } : {}) },
      { orderBy: { createdAt: 'asc' }, limit },
    );
  }

  findLiveByIds(ids: readonly string[]): Promise<RegistrationRecord[]> {
    const valid = ids.filter((id) => UUID.test(id));
    return this.find({ id: { $in: valid }, expiresAt: { $gt: new Date() } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
}
