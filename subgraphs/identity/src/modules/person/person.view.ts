// A person record (identity's own or an agency's) as the Person type, and the id client caches key it by.
import { createHash } from 'node:crypto';
import type { Person } from './person.type';

/**
 * Person.id: a stable id for normalised client caches (Apollo Client, urql graphcache), which key objects by
 * `id`. Derived from the NIK by a hash, so a cache key or a log of ids does not spell the NIK out.
 */
export function personId(nik: string): string {
  return `P${createHash('sha256').update(`person:${nik}`).digest('base64url').slice(0, 22)}`;
}

export function toPerson(record: { nik: string; fullName: string; birthDate: string }): Person {
  return { nik: record.nik, fullName: record.fullName, birthDate: record.birthDate };
}
