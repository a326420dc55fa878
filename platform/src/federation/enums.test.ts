// An enum registers with one description per value, in the enum's order; a missing or extra one fails at start.
import 'reflect-metadata';
import { printSchema } from 'graphql';
import { buildSchemaSync, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { registerEnum, type ValueDescriptions } from './enums';

enum Light {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}
registerEnum(Light, 'TrafficLight', 'What a traffic light shows.', { RED: 'Stop.', AMBER: 'Stop if you can.', GREEN: 'Go.' });

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

test('the enum has its name, description and values in order, each with its description', () => {
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

test('a value without a description, or a description of no value, is refused', () => {
  const partial: Record<string, string> = { RED: 'Stop.', GREEN: 'Go.', BLUE: 'Never.' };
  expect(() => registerEnum(Light, 'Broken', 'Broken.', partial as ValueDescriptions<typeof Light>)).toThrow(
    'Enum Broken: AMBER has no description, BLUE is not a value.',
  );
});
