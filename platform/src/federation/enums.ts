// The graph's enums, each written once: one table of value → description gives the GraphQL enum (registered
// with type-graphql, values in the table's order), the object code reads values from (`Status.ACTIVE`) and,
// through `EnumValue`, the union of its values (`type Status = EnumValue<typeof Status>`).
import { registerEnumType } from 'type-graphql';

/** An enum's values by name; each value is its own name, as the contract spells it. */
export type EnumObject<K extends string> = { readonly [P in K]: P };

/** The union of an enum's values. */
export type EnumValue<E extends Readonly<Record<string, string>>> = E[keyof E];

/** Registers the GraphQL enum `name` with one description per value and returns its values by name. */
export function registerEnum<const K extends string>(name: string, description: string, values: Readonly<Record<K, string>>): EnumObject<K> {
  const keys = Object.keys(values) as K[];
  const enumObject = Object.fromEntries(keys.map((key) => [key, key])) as EnumObject<K>;
  const valuesConfig: { [P in K]?: { description: string } } = {};
  for (const key of keys) valuesConfig[key] = { description: values[key] };
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}

/** Whether `value` (a string from a token, a row or a client) is one of the enum's values. */
export function isEnumValue<E extends Readonly<Record<string, string>>>(enumObject: E, value: unknown): value is EnumValue<E> {
  return typeof value === 'string' && Object.hasOwn(enumObject, value) && enumObject[value] === value;
}
