// A GraphQL enum from a TypeScript enum and one table of its values' descriptions: each value described once,
// and a value without a description (or a description without a value) refused by the compiler and at start.
import { registerEnumType } from 'type-graphql';

/** One description per key of the enum, no more and no fewer. */
export type ValueDescriptions<E extends Record<string, string>> = { readonly [K in keyof E]: string };

/** Registers `enumObject` as the GraphQL enum `name`; its values keep the enum's order. */
export function registerEnum<E extends Record<string, string>>(enumObject: E, name: string, description: string, values: ValueDescriptions<E>): E {
  const keys = Object.keys(enumObject);
  const described = Object.keys(values);
  const missing = keys.filter((key) => !described.includes(key));
  const extra = described.filter((key) => !keys.includes(key));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`Enum ${name}: ${[...missing.map((key) => `${key} has no description`), ...extra.map((key) => `${key} is not a value`)].join(', ')}.`);
  }
  const valuesConfig: { [K in keyof E]?: { description: string } } = {};
  for (const key of keys as (keyof E & string)[]) valuesConfig[key] = { description: values[key] };
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}
