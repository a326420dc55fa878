// The gateway alone (docker-compose); `npm start` runs the whole hub in one process instead (cli.ts).
import 'reflect-metadata';
import { loadConfig } from '#platform/config';
import { main } from '#platform/main-service';
import { runStandaloneGateway } from './standalone';

// Before any ApolloGateway exists: it otherwise probes cloud metadata addresses and reports usage.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
main(() => runStandaloneGateway(loadConfig()));
