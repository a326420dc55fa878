// Finding 11 of issue 11: every field that reveals a person's data has its own shield rule, in every subgraph.
// The test walks each subgraph's schema from Person: the record types (Person and each agency's block on it)
// must name a rule for every field (a type-wide `allow` or a missing rule fails), and no rule there may be
// `allow` except the key. Types below a guarded field may be open: the field that returned them decided.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, getNamedType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { allow } from 'graphql-shield';
import { identityRules } from '../../../subgraphs/identity/src/rules';
import { TASPEN_RULES } from '../../../subgraphs/taspen/src/schema';
import { bpjsTkRules } from '../../../subgraphs/bpjstk/src/schema';

const SUBGRAPHS: Array<[string, Record<string, unknown>]> = [
  ['identity', identityRules],
  ['taspen', TASPEN_RULES],
  ['bpjstk', bpjsTkRules],
];

/**
 * Person and the object types its fields return directly: the records whose every field is a person's data.
 * Lists (`…Connection`) are not records: the guarded field returning one decided, and its nodes are the person's.
 */
function recordTypes(name: string): GraphQLObjectType[] {
  const sdl = readFileSync(join(__dirname, '../../../schema/subgraphs', `${name}.graphql`), 'utf8');
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const person = schema.getType('Person');
  if (!isObjectType(person)) throw new Error(`${name} has no Person type`);
  const direct = Object.values(person.getFields())
    .map((field) => getNamedType(field.type))
    .filter(isObjectType);
  return [person, ...direct.filter((type) => !type.name.endsWith('Connection'))];
}

test.each(SUBGRAPHS)('every field of a person’s records in the %s subgraph has a rule of its own', (name, rules) => {
  const missing: string[] = [];
  for (const type of recordTypes(name)) {
    const typeRules = rules[type.name];
    if (typeRules === allow || typeof typeRules !== 'object' || typeRules === null) {
      missing.push(`${type.name} (type-wide rule or none)`);
      continue;
    }
    for (const field of Object.keys(type.getFields())) {
      const fieldRule = (typeRules as Record<string, unknown>)[field];
      if (!fieldRule) missing.push(`${type.name}.${field} (no rule)`);
      // The key, and Person.id (a hash of it), tell nothing the caller did not already name.
      else if (fieldRule === allow && !(type.name === 'Person' && (field === 'nik' || field === 'id'))) missing.push(`${type.name}.${field} (allow)`);
    }
  }
  expect(missing).toEqual([]);
});

test('the walk finds the records it guards (so an empty walk cannot pass)', () => {
  expect(recordTypes('taspen').map((t) => t.name)).toEqual(['Person', 'TaspenParticipant']);
  expect(recordTypes('bpjstk').map((t) => t.name)).toEqual(['Person', 'BpjsTkParticipant']);
  expect(recordTypes('identity').map((t) => t.name)).toContain('Person');
});
