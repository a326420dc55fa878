// GATEWAY_WORKERS: the standalone gateway (`node dist/gateway/src/main.js`) as a cluster of workers on one
// port, in front of a test hub's subgraphs. Needs the built dist/ and a real Redis (REDIS_URL); skipped otherwise.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eventually } from '../support/faults';
import { freePort } from '../support/ports';
import { startTestHub, type TestHub } from '../support/test-hub';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'dist/gateway/src/main.js');
const describeWith = fs.existsSync(MAIN) && process.env.REDIS_URL ? describe : describe.skip;

describeWith('the standalone gateway with GATEWAY_WORKERS=2', () => {
  let hub: TestHub;
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    hub = await startTestHub();
    port = await freePort();
    const url = (name: 'identity' | 'taspen' | 'bpjstk') => new URL('/graphql', hub.platform.serviceUrls[name]).toString();
    child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR,
        DATABASE_URL: hub.platform.databaseUrl,
        IDENTITY_URL: url('identity'),
        TASPEN_URL: url('taspen'),
        BPJSTK_URL: url('bpjstk'),
        GATEWAY_WORKERS: '2',
      },
      stdio: 'ignore',
    });
    const up = await eventually(async () => (await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null))?.status === 200, 60_000, 250);
    if (!up) throw new Error('the clustered gateway did not become ready');
  }, 90_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await hub?.close();
  });

  test('two worker processes serve the graph on one port, and SIGTERM stops them all with exit 0', async () => {
    const workers = execFileSync('pgrep', ['-P', String(child.pid)])
      .toString()
      .trim()
      .split('\n');
    expect(workers).toHaveLength(2);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ bpjsTkPrograms { code } }' }),
        }).then((r) => r.json() as Promise<{ data: { bpjsTkPrograms: Array<{ code: string }> } }>),
      ),
    );
    for (const answer of answers) expect(answer.data.bpjsTkPrograms.map((p) => p.code)).toEqual(['JHT', 'JKK', 'JKM', 'JP']);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
