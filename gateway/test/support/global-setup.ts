// Jest global setup: one PostgreSQL for the whole run. With DATABASE_URL set (CI, real services)
// that server is used; otherwise an embedded PostgreSQL is started in a temporary directory.
// Each test file then creates a database of its own (see test-hub.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../../platform/src/db/embedded';

declare global {
  var __HUB_EMBEDDED__: EmbeddedDatabase | undefined;
}

export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  fs.chmodSync(dataDir, 0o755);
  process.env.HUB_TEST_DATA_DIR = dataDir;
  if (!process.env.DATABASE_URL) {
    // A throwaway server for the run: fsync off for speed (the hub's own default keeps it on).
    const embedded = await startEmbeddedDatabase(dataDir, { database: 'postgres', unsafeNoFsync: true });
    globalThis.__HUB_EMBEDDED__ = embedded;
    process.env.HUB_TEST_ADMIN_DATABASE_URL = embedded.url;
  } else {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    process.env.HUB_TEST_ADMIN_DATABASE_URL = admin.toString();
  }
}
