// The operation names the hub's own clients send (schema/operations/**): the only values /metrics uses as
// labels, so that a client inventing names cannot grow the metrics without bound.
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { projectRoot } from '#platform/paths';

export function knownOperationNames(dir = path.join(projectRoot(), 'schema', 'operations')): Set<string> {
  const names = new Set<string>();
  if (!fs.existsSync(dir)) return names;
  for (const file of fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.graphql'))) {
    for (const definition of parse(fs.readFileSync(path.join(dir, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}
