// The gateway alone (docker-compose); `npm start` runs the whole hub in one process instead (cli.ts).
// With GATEWAY_WORKERS > 1 (and REDIS_URL) it runs as a cluster of that many workers on one port.
import 'reflect-metadata';
import { loadConfig } from '#platform/config';
import { main } from '#platform/main-service';
import { runStandaloneGateway } from './standalone';
import { superviseWorkers } from './workers';

// Before any ApolloGateway exists: it otherwise probes cloud metadata addresses and reports usage.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
main(async () => {
  const config = loadConfig();
  if (superviseWorkers(config)) return;
  await runStandaloneGateway(config);
});
