// One connection shape wherever a list can grow: every field returning a *Connection takes `first` and `after`,
// and every connection has `totalCount`, `pageInfo: PageInfo!` (one shared type) and `nodes`.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, isNonNullType, type GraphQLObjectType } from 'graphql';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, 'api.graphql'), 'utf8'));
const objectTypes = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));

test('there is one page-info type', () => {
  expect(Object.keys(schema.getTypeMap()).filter((name) => /PageInfo$/.test(name))).toEqual(['PageInfo']);
});

test('every connection has totalCount, pageInfo: PageInfo! and nodes', () => {
  const wrong = objectTypes
    .filter((type) => type.name.endsWith('Connection'))
    .filter((type) => {
      const fields = type.getFields();
      return (
        !fields.totalCount ||
        !fields.nodes ||
        !fields.pageInfo ||
        !isNonNullType(fields.pageInfo.type) ||
        getNamedType(fields.pageInfo.type).name !== 'PageInfo'
      );
    })
    .map((type) => type.name);
  expect(wrong).toEqual([]);
});

test('every field that returns a connection takes first and after', () => {
  const wrong: string[] = [];
  for (const type of objectTypes) {
    for (const field of Object.values(type.getFields())) {
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      const args = new Set(field.args.map((arg) => arg.name));
      if (!args.has('first') || !args.has('after')) wrong.push(`${type.name}.${field.name}`);
    }
  }
  expect(wrong).toEqual([]);
});
