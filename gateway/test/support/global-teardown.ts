import fs from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__HUB_EMBEDDED__?.stop();
  if (process.env.HUB_TEST_DATA_DIR) fs.rmSync(process.env.HUB_TEST_DATA_DIR, { recursive: true, force: true });
}
