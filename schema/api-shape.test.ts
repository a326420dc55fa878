// A schema that explains itself: money is one scalar both ways, closed sets are enums, mutation results share
// one nullability, and Person has an `id` for normalised client caches.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isEnumType, isNonNullType, isObjectType, isInputObjectType, type GraphQLType } from 'graphql';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, 'api.graphql'), 'utf8'));
const MONEY = /amount|balance|contribution|returns|^total$|wage|income/i;

test('every money field, in answers and in inputs, is Rupiah', () => {
  const wrong: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type as GraphQLType).name;
      if (MONEY.test(field.name) && (named === 'Float' || named === 'Int')) wrong.push(`${type.name}.${field.name}: ${named}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('closed sets are enums: Taspen participant status and account roles', () => {
  const status = schema.getType('TaspenParticipant');
  const account = schema.getType('Account');
  expect(isObjectType(status) && isEnumType(getNamedType(status.getFields().status.type))).toBe(true);
  expect(isObjectType(account) && isEnumType(getNamedType(account.getFields().roles.type))).toBe(true);
});

test('every mutation result is nullable (an error answers the field as null, next to the error)', () => {
  const mutation = schema.getMutationType()!;
  expect(
    Object.values(mutation.getFields())
      .filter((field) => isNonNullType(field.type))
      .map((field) => field.name),
  ).toEqual([]);
});

test('Person has a non-null id for normalised caches', () => {
  const person = schema.getType('Person');
  expect(isObjectType(person) && String(person.getFields().id?.type)).toBe('ID!');
});
