import type { Person } from './person.type';

export function resolvePersonReference(ref: { nik: string }): Person {
  return { nik: ref.nik };
}
