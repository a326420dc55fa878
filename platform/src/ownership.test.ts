// Each subgraph owns its tables, and a shared record is reached through its one owner's interface (README,
// "Tables and migrations"): the code of a service names only tables it owns, the retired shared tables are named
// by no code, and the owner-side functions that read or write identity's records through a pool run in identity
// alone. Scans the source as text, like architecture.test.ts.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sourceFiles } from './testing/source-files';

const ROOT = resolve(__dirname, '../..');

/** What each service's own code may name: its schema, and for identity the platform records it owns. */
const OWNED: Readonly<Record<string, { dir: string; tables: RegExp }>> = {
  identity: { dir: 'subgraphs/identity/src', tables: /^(identity\.\w+|platform\.(document|access_log|revocation))$/ },
  taspen: { dir: 'subgraphs/taspen/src', tables: /^taspen\.\w+$/ },
  bpjstk: { dir: 'subgraphs/bpjstk/src', tables: /^bpjstk\.\w+$/ },
  gateway: { dir: 'gateway/src', tables: /^$/ },
};

/** Calls that read or write identity's records through the caller's own pool: the owner's, and only its. */
const OWNER_SIDE =
  /\b(appendAudit|appendAuditBatch|localAccessLog|readAccessLog|verifyAuditChain|recordRevocation|readRevocations)\s*\(|\bnew\s+(PostgresRevocations|PostgresDocumentStore)\b/g;

const RETIRED = /\bplatform\.(card|outbox)\b/g;

const MIGRATION_SQL = ['subgraphs/domain/cards/card-table.ts'];

/** The code that runs: TypeScript files, tests and migrations left out. */
const codeFiles = (dir: string) => sourceFiles(dir, { file: (name) => /\.ts$/.test(name) && !/\.test\.ts$/.test(name), skipFolders: ['migrations'] });

/** The schema-qualified tables a file's SQL names (`from x.y`, `into "x"."y"`, `update x.y`, `join x.y`, `table x.y`). */
export function tablesNamed(source: string): string[] {
  const found = source.matchAll(/\b(?:from|join|into|update|table)\s+"?(platform|identity|taspen|bpjstk)"?\."?([a-z_]+)"?/gi);
  return [...found].map((match) => `${match[1].toLowerCase()}.${match[2].toLowerCase()}`);
}

export const ownerSideCalls = (source: string) => [...source.matchAll(OWNER_SIDE)].map((match) => match[1] ?? match[2]);

const rel = (file: string) => relative(ROOT, file).split('\\').join('/');

describe('each record has one owner', () => {
  it('finds the tables a statement names and the owner-side calls', () => {
    const source = [
      "await sql('select hash from platform.access_log order by id desc limit 1');",
      'insert into "taspen"."submission" (id) values ($1)',
      'update bpjstk.participant set x = 1',
      'const url = platform.serviceUrls.identity; // not SQL',
      'await appendAuditBatch(tx, entries); new PostgresRevocations(url);',
    ].join('\n');
    expect(tablesNamed(source)).toEqual(['platform.access_log', 'taspen.submission', 'bpjstk.participant']);
    expect(ownerSideCalls(source)).toEqual(['appendAuditBatch', 'PostgresRevocations']);
  });

  it('the code of each service names only tables it owns', () => {
    const foreign = Object.entries(OWNED).flatMap(([service, { dir, tables }]) =>
      codeFiles(join(ROOT, dir)).flatMap((file) =>
        tablesNamed(readFileSync(file, 'utf8'))
          .filter((table) => !tables.test(table))
          .map((table) => `${rel(file)} (${service}) names ${table}`),
      ),
    );
    expect(foreign).toEqual([]);
  });

  it('only identity reads or writes its records through a pool; the others call its internal routes', () => {
    // The operator's command line (gateway/src/*-command.ts: audit-verify, backup, seed) works on the database
    // with its own credentials, as migrations do; it serves no request.
    const dirs = ['subgraphs/taspen/src', 'subgraphs/bpjstk/src', 'subgraphs/domain', 'gateway/src'];
    const found = dirs.flatMap((dir) =>
      codeFiles(join(ROOT, dir))
        .filter((file) => !/-command\.ts$/.test(file))
        .flatMap((file) => ownerSideCalls(readFileSync(file, 'utf8')).map((call) => `${rel(file)} calls ${call}`)),
    );
    expect(found).toEqual([]);
  });

  it('no code names the retired shared tables (platform.card, platform.outbox), migrations aside', () => {
    const dirs = ['platform/src', 'subgraphs', 'gateway/src'];
    const found = dirs.flatMap((dir) =>
      codeFiles(join(ROOT, dir))
        // The SQL that migrations share (the card table's copy from the retired registry) is migration text.
        .filter((file) => file !== __filename && !MIGRATION_SQL.includes(rel(file)))
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(RETIRED)].map((match) => `${rel(file)} names ${match[0]}`)),
    );
    expect(found).toEqual([]);
  });
});
