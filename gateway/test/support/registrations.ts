// BPJS TK's public registrations in tests: synthetic registrants, a BPU and an employer registration input
// (each test overrides what it is about), and the signed payment notice that activates a registration.
import { randomUUID } from 'node:crypto';
import type { Hub } from '../../src/hub';
import { postSigned } from './bpjstk';

// Synthetic people with valid NIKs (province 32, birth date inside, +40 for women), unknown to the seed.
export const SARI = { nik: '3273015505920001', fullName: 'Sari Wulandari', birthDate: '1992-05-15' };
export const JOKO = { nik: '3273011010880002', fullName: 'Joko Prasetyo', birthDate: '1988-10-10' };
export const TONO = { nik: '3273010101900003', fullName: 'Tono Sugiarto', birthDate: '1990-01-01' };

/** A self-employed (BPU) registration of Sari, a fresh idempotency key each call. */
export const bpuInput = (overrides: Record<string, unknown> = {}) => ({
  ...SARI,
  email: 'sari@example.id',
  phone: '081234567890',
  occupation: 'Pedagang',
  monthlyIncome: 2_000_000,
  programs: ['JKK', 'JKM', 'JHT'],
  address: 'Jl. Melati 1',
  city: 'Bandung',
  idempotencyKey: randomUUID(),
  ...overrides,
});

/** An employer registration owned by Joko, with Joko as its one worker, a fresh idempotency key each call. */
export const employerInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'CV Maju Bersama',
  npwp: '01.312.166.0-091.000',
  nib: '1234567890123',
  ownerNik: JOKO.nik,
  ownerName: JOKO.fullName,
  address: 'Jl. Industri 5',
  city: 'Medan',
  email: 'hr@maju.example.id',
  phone: '+6281298765432',
  jkkRiskClass: 2,
  programs: ['JHT', 'JKK', 'JKM'],
  workers: [{ ...JOKO, monthlyWage: 5_000_000 }],
  idempotencyKey: randomUUID(),
  ...overrides,
});

/** The payment gateway's signed notice that `paymentCode` was paid now. */
export const pay = (hub: Pick<Hub, 'platform'> & { baseUrl: string }, paymentCode: string, amount: number, reference = `ref-${randomUUID()}`) =>
  postSigned(hub.baseUrl, '/webhooks/payments', hub.platform.config.paymentWebhookSecret, { reference, paymentCode, amount, paidAt: new Date().toISOString() });
