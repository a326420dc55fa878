// The platform line: platform/src is generic machinery and knows no domain. It imports nothing from the
// domain package (#domain), a subgraph or the gateway, and its tests need no gateway test support.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sourceFiles } from './testing/source-files';

const PLATFORM = __dirname;
const ROOT = resolve(PLATFORM, '../..');

/** Every module specifier of a file: static and dynamic imports, re-exports and require calls. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** Why an import from `file` crosses the platform line, or null when it does not. */
export function crossing(file: string, specifier: string): string | null {
  if (specifier === '#domain' || specifier.startsWith('#domain/')) return 'imports the domain package';
  if (!specifier.startsWith('.')) return null;
  const target = relative(ROOT, resolve(dirname(file), specifier))
    .split('\\')
    .join('/');
  if (target.startsWith('subgraphs/')) return 'imports a subgraph (or the domain package)';
  if (target.startsWith('gateway/')) return 'imports the gateway';
  if (!target.startsWith('platform/')) return `imports ${target}, outside the platform`;
  return null;
}

describe('the platform line', () => {
  it('finds every kind of import specifier', () => {
    const source = [
      "import { a } from '#domain/agency';",
      "import type { B } from '../../../gateway/src/hub';",
      "export * from '../../../subgraphs/taspen/src/service';",
      "const c = await import('#domain/cards/cards');",
      "const d = require('../../../gateway/test/support/database');",
      "import 'reflect-metadata';",
    ].join('\n');
    const file = join(PLATFORM, 'auth', 'example.ts');
    const problems = importsOf(source)
      .map((specifier) => crossing(file, specifier))
      .filter(Boolean);
    expect(problems).toEqual([
      'imports the domain package',
      'imports the gateway',
      'imports a subgraph (or the domain package)',
      'imports the domain package',
      'imports the gateway',
    ]);
    expect(crossing(file, '../errors')).toBeNull();
    expect(crossing(file, '#platform/errors')).toBeNull();
  });

  it('platform/src (code and tests) imports nothing of the domain, the subgraphs or the gateway', () => {
    const problems = sourceFiles(PLATFORM)
      .filter((file) => file !== __filename)
      .flatMap((file) =>
        importsOf(readFileSync(file, 'utf8')).flatMap((specifier) => {
          const why = crossing(file, specifier);
          return why ? [`${relative(ROOT, file)}: ${specifier} (${why})`] : [];
        }),
      );
    expect(problems).toEqual([]);
  });

  // Agency vocabulary left in platform code, each for a reason: the caller model and its tokens carry the
  // person's NIK (the federation key every service shares), the service topology names the three services
  // (and their URL settings), the card registry's table (made by its migration, brought back by the down() of
  // its retirement) checks its two agencies, and the root Query's description is part of the published schema.
  // Anything else that names an agency belongs in the domain.
  const AGENCY_WORDS = /taspen|bpjs|\bnik\b|kpj|\bnip\b/i;
  const MAY_NAME_AGENCIES = new Set([
    'auth/caller.ts',
    'auth/tokens.ts',
    'auth/shield.ts',
    'auth/consent-lookup.ts',
    'http/people-directory.ts',
    'config.ts',
    'runtime.ts',
    'service.ts',
    'federation/subgraph-schema.ts',
    'db/migrations/card-registry-table.ts',
    // The migrations that retire the shared card registry and outbox name the schemas that took them over.
    'db/migrations/Migration20261201500000.ts',
    'db/migrations/Migration20261201500001.ts',
    // The dev outbox gathers the three services' outboxes (the service topology).
    'messaging/dev-outbox-route.ts',
    // Test callers: the caller model carries the person's NIK.
    'testing/callers.ts',
  ]);

  it('platform code names no agency outside the few places that must (the caller, the service topology)', () => {
    const named = sourceFiles(PLATFORM)
      .filter((file) => !/\.test\.ts$/.test(file) && AGENCY_WORDS.test(readFileSync(file, 'utf8')))
      .map((file) => relative(PLATFORM, file).split('\\').join('/'))
      .filter((file) => !MAY_NAME_AGENCIES.has(file));
    expect(named).toEqual([]);
  });

  it('platform configuration and error codes hold no agency setting or code', () => {
    const config = readFileSync(join(PLATFORM, 'config.ts'), 'utf8');
    expect(config).not.toMatch(/JHT_|JKK_|JKM_|JP_|BPU_|QUEUE_/);
    const errors = readFileSync(join(PLATFORM, 'errors.ts'), 'utf8');
    expect(errors).not.toMatch(/IDENTITY_MISMATCH|NIK_ALREADY_REGISTERED|CONSENT_REQUIRED/);
  });
});
