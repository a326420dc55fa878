// Payments and the payment codes they pay.
import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import { EmployerRecord, PaymentCodeRecord } from '../registration/registration.entity';
import type { PaymentRecord } from './payment.entity';

export class PaymentRepository extends EntityRepository<PaymentRecord> {
  /**
   * Records a payment once per reference: false when the reference was seen before. Raw SQL for
   * `on conflict do nothing`: a replayed notice must not abort the transaction with a unique violation.
   */
  async recordOnce(reference: string, code: string, amount: number, paidAt: Date): Promise<boolean> {
    const rows = await sqlOf(this.em)(
      `insert into bpjstk.payment (reference, payment_code, amount, paid_at) values (?, ?, ?, ?)
       on conflict (reference) do nothing returning reference`,
      [reference, code, amount, paidAt],
    );
    return rows.length === 1;
  }

  /** The code, locked until the transaction ends (the EntityManager must be in one). */
  lockCode(code: string): Promise<PaymentCodeRecord | null> {
    return this.em.findOne(PaymentCodeRecord, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  async markPaid(code: string, paidAt: Date): Promise<void> {
    await this.em.nativeUpdate(PaymentCodeRecord, { code }, { status: 'PAID', paidAt });
  }

  async activateEmployer(id: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(EmployerRecord, { id }, { status: 'ACTIVE', activatedAt: at });
  }
}
