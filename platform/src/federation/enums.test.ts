// An enum written once: its table gives the GraphQL enum (name, description, values in order, each described),
// the values by name, and the union of its values.
import 'reflect-metadata';
import { printSchema } from 'graphql';
import { buildSchemaSync, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { isEnumValue, registerEnum, type EnumValue } from './enums';

const Light = registerEnum('TrafficLight', 'What a traffic light shows.', { RED: 'Stop.', AMBER: 'Stop if you can.', GREEN: 'Go.' });
type Light = EnumValue<typeof Light>;

@ObjectType()
class Crossing {
  @Field(() => Light)
  light!: Light;
}

@Resolver()
class CrossingResolver {
  @Query(() => Crossing)
  crossing(): Crossing {
    return { light: Light.GREEN };
  }
}

test('the values stand for themselves, in the order of the table', () => {
  expect(Light).toEqual({ RED: 'RED', AMBER: 'AMBER', GREEN: 'GREEN' });
  expect(Object.values(Light)).toEqual(['RED', 'AMBER', 'GREEN']);
  const literal: Light = 'AMBER';
  expect(literal).toBe(Light.AMBER);
});

test('the GraphQL enum has its name, description and values in order, each with its description', () => {
  const sdl = printSchema(buildSchemaSync({ resolvers: [CrossingResolver], validate: false }));
  expect(sdl).toContain(
    [
      '"""What a traffic light shows."""',
      'enum TrafficLight {',
      '  """Stop."""',
      '  RED',
      '',
      '  """Stop if you can."""',
      '  AMBER',
      '',
      '  """Go."""',
      '  GREEN',
      '}',
    ].join('\n'),
  );
});

test('a string is a value only when the enum has it', () => {
  expect(isEnumValue(Light, 'RED')).toBe(true);
  expect(['red', 'BLUE', 'toString', '', null, 3].some((value) => isEnumValue(Light, value))).toBe(false);
});
