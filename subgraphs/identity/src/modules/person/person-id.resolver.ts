// Person.id: a stable id for normalised client caches (Apollo Client, urql graphcache), which key objects by
// `id`. Derived from the NIK by a hash, so a cache key or a log of ids does not spell the NIK out.
import { createHash } from 'node:crypto';
import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Person } from './person.type';

export function personId(nik: string): string {
  return `P${createHash('sha256').update(`person:${nik}`).digest('base64url').slice(0, 22)}`;
}

@Resolver(() => Person)
export class PersonIdResolver {
  @FieldResolver(() => ID, { description: 'Stable id of the person for client caches; the same person always has the same id.' })
  id(@Root() person: Person): string {
    return personId(person.nik);
  }
}
