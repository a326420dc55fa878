// Money, both ways: whole rupiah, answered as a JSON number and accepted as a number or a digit string (the
// contract allows either). One scalar for inputs and outputs in every subgraph.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): number {
  const amount = typeof value === 'string' && /^\s*\d{1,16}\s*$/.test(value) ? Number(value.trim()) : value;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    throw new GraphQLError('Amounts are whole rupiah: a non-negative whole number or a string of digits.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return amount;
}

export const RupiahScalar = new GraphQLScalarType({
  name: 'Rupiah',
  description: 'Whole rupiah: a JSON number, or a string of digits.',
  serialize: (value) => Number(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : null),
});
