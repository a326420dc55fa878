// A validator names a field inside the input it checks; the client sees the whole path from the argument.
import { buildSchema, graphql } from 'graphql';
import { BadInputError } from '../errors';
import { fullInputPath, parseInputPath, placeInputPaths } from './input-paths';

const SDL = `
  input Applicant { nik: String! birthDate: String! }
  input Worker { nik: String! monthlyWage: Int! }
  input Submission { applicant: Applicant! workers: [Worker!]! email: String! }
  type Query { ok: Boolean }
  type Mutation {
    submit(id: ID!, input: Submission!): Boolean
    plain(note: String!): Boolean
  }
`;
const schema = buildSchema(SDL);
const submitArgs = schema.getMutationType()!.getFields().submit.args;

test('a path inside the input object gets the argument name in front', () => {
  expect(fullInputPath(submitArgs, 'applicant.birthDate')).toBe('input.applicant.birthDate');
  expect(fullInputPath(submitArgs, 'workers[2].monthlyWage')).toBe('input.workers[2].monthlyWage');
  expect(fullInputPath(submitArgs, 'email')).toBe('input.email');
});

test('a path that already starts at an argument, or names no input field, stays as it is', () => {
  expect(fullInputPath(submitArgs, 'id')).toBe('id');
  expect(fullInputPath(submitArgs, 'input.applicant.nik')).toBe('input.applicant.nik');
  expect(fullInputPath(submitArgs, 'birthDate')).toBe('birthDate');
  expect(fullInputPath(submitArgs, 'caller')).toBe('caller');
  expect(fullInputPath(submitArgs, 'not a path')).toBe('not a path');
});

test('paths parse into names and list indexes', () => {
  expect(parseInputPath('workers[0].monthlyWage')).toEqual(['workers', 0, 'monthlyWage']);
  expect(parseInputPath('a..b')).toBeNull();
});

test('a resolver that throws (or rejects with) bad input answers with the whole path', async () => {
  const built = buildSchema(SDL);
  const fields = built.getMutationType()!.getFields();
  fields.submit.resolve = () => Promise.reject(new BadInputError('applicant.birthDate', 'birthDate must be a real date.'));
  fields.plain.resolve = () => {
    throw new BadInputError('note', 'note must not be empty.');
  };
  const wrapped = placeInputPaths(built);
  const input = { applicant: { nik: 'x', birthDate: 'y' }, workers: [], email: 'z' };
  const result = await graphql({
    schema: wrapped,
    source: 'mutation($input: Submission!) { submit(id: "1", input: $input) plain(note: "") }',
    variableValues: { input },
  });
  expect(result.errors?.map((e) => e.extensions.field)).toEqual(['input.applicant.birthDate', 'note']);
  expect(result.errors?.[0].message).toBe('birthDate must be a real date.');
});
