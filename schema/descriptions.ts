// Which parts of the client-facing schema have no description: every type, field, argument, input field and
// enum value should explain itself. `npm run schema:descriptions` prints the count and the list
// (`-- --strict` exits 1 when any is missing; schema/descriptions.test.ts fails on any).
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  isScalarType,
  type GraphQLSchema,
} from 'graphql';

export interface MissingDescriptions {
  types: string[];
  fields: string[];
  arguments: string[];
  enumValues: string[];
}

const blank = (description: string | null | undefined) => !description || !description.trim();

export function missingDescriptions(schema: GraphQLSchema): MissingDescriptions {
  const missing: MissingDescriptions = { types: [], fields: [], arguments: [], enumValues: [] };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (blank(type.description)) missing.types.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.fields.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.arguments.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.fields.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.enumValues.push(`${type.name}.${value.name}`);
    } else if (isUnionType(type)) {
      // A union's members are types, described on their own.
    }
  }
  return missing;
}

export function countMissing(missing: MissingDescriptions): number {
  return missing.types.length + missing.fields.length + missing.arguments.length + missing.enumValues.length;
}

function main() {
  const file = path.resolve(__dirname, '..', '..', 'schema', 'api.graphql');
  const source = fs.existsSync(file) ? file : path.resolve(__dirname, 'api.graphql');
  const missing = missingDescriptions(buildSchema(fs.readFileSync(source, 'utf8')));
  const total = countMissing(missing);
  for (const [kind, names] of Object.entries(missing)) {
    if (process.argv.includes('--list')) for (const name of names) console.log(`  ${kind}: ${name}`);
  }
  console.log(
    `missing descriptions in schema/api.graphql: ${total} (types ${missing.types.length}, fields ${missing.fields.length}, ` +
      `arguments ${missing.arguments.length}, enum values ${missing.enumValues.length})`,
  );
  if (process.argv.includes('--strict') && total > 0) process.exitCode = 1;
}

if (require.main === module) main();
