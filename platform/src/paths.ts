// Locating the project's own files (committed schema, seed data) from source or from dist/.
import fs from 'node:fs';
import path from 'node:path';

let root: string | undefined;

export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'participant-graph-hub') {
      root = dir;
      return dir;
    }
    dir = path.dirname(dir);
  }
  throw new Error('Cannot find the project root (package.json of participant-graph-hub).');
}

export const supergraphPath = () => path.join(projectRoot(), 'schema', 'supergraph.graphql');
