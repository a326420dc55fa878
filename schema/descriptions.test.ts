// The description walker finds every kind of undescribed schema element (and nothing that is described).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { countMissing, missingDescriptions } from './descriptions';

test('names undescribed types, fields, arguments, input fields and enum values, and skips described ones', () => {
  const schema = buildSchema(`
    """Root."""
    type Query {
      """Described."""
      described(
        """Described."""
        first: Int
      ): Int
      bare(after: String): Thing
    }
    type Thing { id: ID }
    """Input."""
    input Filter { text: String }
    """Colour."""
    enum Colour {
      """Red."""
      RED
      BLUE
    }
  `);
  const missing = missingDescriptions(schema);
  expect(missing).toEqual({
    types: ['Thing'],
    fields: ['Query.bare', 'Thing.id', 'Filter.text'],
    arguments: ['Query.bare(after)'],
    enumValues: ['Colour.BLUE'],
  });
  expect(countMissing(missing)).toBe(6);
});

test('the committed client-facing schema describes every type, field, argument, input field and enum value', () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, 'api.graphql'), 'utf8'));
  const missing = missingDescriptions(schema);
  // Listed on failure, so the message names what to describe.
  expect(missing).toEqual({ types: [], fields: [], arguments: [], enumValues: [] });
});
