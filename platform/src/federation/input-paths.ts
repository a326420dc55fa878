// `extensions.field` is the whole input path (`input.applicant.birthDate`), as graphql-js names it for a variable
// that fails its type. Services and validators name a field relative to the input object they check
// (`applicant.birthDate`, `workers[0].monthlyWage`) and do not know the argument it arrived in; this puts the
// argument's name in front, for every field that takes an input object, once, when the schema is built.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadInputError } from '../errors';

type Segment = string | number;

/** `workers[0].monthlyWage` → `['workers', 0, 'monthlyWage']`; null when it is not a path. */
export function parseInputPath(path: string): Segment[] | null {
  if (!/^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*|\[\d{1,6}\])*$/.test(path)) return null;
  return [...path.matchAll(/([_A-Za-z][_0-9A-Za-z]*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

/** Whether the segments name a field inside a value of this input type. */
function reaches(type: GraphQLInputType, segments: Segment[]): boolean {
  let current: GraphQLInputType = type;
  for (const segment of segments) {
    const nullable = getNullableType(current);
    if (typeof segment === 'number') {
      if (!isListType(nullable)) return false;
      current = nullable.ofType;
    } else {
      if (!isInputObjectType(nullable)) return false;
      const field = nullable.getFields()[segment];
      if (!field) return false;
      current = field.type;
    }
  }
  return true;
}

/**
 * The full path of a field named by a validator, or the name unchanged: a path that already starts with one of
 * the field's arguments stays; one that exists inside exactly one input-object argument gets that argument's name
 * in front; anything else (a name that is not an input field, such as a stored e-mail address) stays as it is.
 */
export function fullInputPath(args: readonly GraphQLArgument[], field: string): string {
  const segments = parseInputPath(field);
  if (!segments) return field;
  const [head, ...rest] = segments;
  const own = args.find((arg) => arg.name === head);
  if (own && reaches(own.type, rest)) return field;
  const holders = args.filter((arg) => isInputObjectType(getNamedType(arg.type)) && reaches(arg.type, segments));
  if (holders.length !== 1) return field;
  return typeof head === 'number' ? `${holders[0].name}${field}` : `${holders[0].name}.${field}`;
}

function withFullPaths(field: GraphQLField<unknown, unknown>): void {
  const resolve = field.resolve;
  if (!resolve) return;
  const restate = (error: unknown): never => {
    if (error instanceof BadInputError) {
      const path = fullInputPath(field.args, error.field);
      if (path !== error.field) throw new BadInputError(path, error.message);
    }
    throw error;
  };
  field.resolve = (source, args, context, info) => {
    try {
      const result = resolve(source, args, context, info);
      return result instanceof Promise ? result.catch(restate) : result;
    } catch (error) {
      return restate(error);
    }
  };
}

/** Wraps the resolver of every field that takes an input object (and only those: other fields cost nothing). */
export function placeInputPaths(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => isInputObjectType(getNamedType(arg.type)))) withFullPaths(field);
    }
  }
  return schema;
}
