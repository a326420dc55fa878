// The source files below a folder, for the tests that read the code as text (architecture.test.ts,
// ownership.test.ts). Test support only.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceFileFilter {
  /** Which file names count; every .ts, .tsx, .js and .mjs file when not given. */
  file?: (name: string) => boolean;
  /** Folders not entered, by name. */
  skipFolders?: readonly string[];
}

const SOURCE = /\.(ts|tsx|js|mjs)$/;

/** Every file below `dir` (none when it does not exist) that the filter keeps, depth first. */
export function sourceFiles(dir: string, filter: SourceFileFilter = {}): string[] {
  const { file = (name) => SOURCE.test(name), skipFolders = [] } = filter;
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipFolders.includes(entry.name) ? [] : sourceFiles(path, filter);
    return file(entry.name) ? [path] : [];
  });
}
