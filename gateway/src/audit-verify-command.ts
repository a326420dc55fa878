// `npm run hub -- audit-verify`: recomputes the access log's hash chain; prints "ok: N entries", or
// names the first broken entry and exits 1. Uses DATABASE_URL, or the embedded database under HUB_DATA_DIR.
import { Pool } from 'pg';
import { verifyAuditChain } from '#platform/audit/audit-verify';
import type { HubConfig } from '#platform/config';
import { startEmbeddedDatabase } from '#platform/db/embedded';
import { migratePlatform } from '#platform/db/platform-schema';

/** Verifies the chain in `databaseUrl`; writes the verdict to `out` and returns the exit code. */
export async function auditVerify(databaseUrl: string, out: (line: string) => void): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const verdict = await verifyAuditChain(pool);
    if (verdict.ok) {
      out(`ok: ${verdict.entries} entries`);
      return 0;
    }
    out(`broken: entry ${verdict.brokenId}: ${verdict.reason} (${verdict.entries} entries before it verified)`);
    return 1;
  } finally {
    await pool.end();
  }
}

export async function auditVerifyCommand(config: HubConfig): Promise<void> {
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedDatabase(config.dataDir, { whenRunning: 'attach' });
  try {
    await migratePlatform(config.DATABASE_URL ?? embedded!.url); // a fresh database: an empty, valid chain
    process.exitCode = await auditVerify(config.DATABASE_URL ?? embedded!.url, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await embedded?.stop();
  }
}
