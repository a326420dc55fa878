// `npm run seed -- [--people N] [--batch-size N] [--seed N]`: migrations and personas for every service,
// then N generated people. Uses DATABASE_URL, or the embedded database under HUB_DATA_DIR.
import type { HubConfig } from '#platform/config';
import { startEmbeddedDatabase } from '#platform/db/embedded';
import { MemoryStore } from '#platform/kv/memory';
import { createPlatform } from '#platform/runtime';
import { prepareServices, seedGeneratedPeople } from '#domain/seed/run-seed';
import type { ServiceDefinition } from '#platform/service';
import type { GeneratedPerson } from '#domain/seed/generator';
import type { BaseContext } from '#platform/context';
import { bpjsTkService } from '../../subgraphs/bpjstk/src/service';
import { identityService } from '../../subgraphs/identity/src/service';
import { taspenService } from '../../subgraphs/taspen/src/service';

/** In dependency order: people first, then each agency's records of them. */
export const SERVICES: ServiceDefinition<BaseContext, GeneratedPerson>[] = [identityService, taspenService, bpjsTkService];

export interface SeedArguments {
  people: number;
  batchSize: number;
  seed: number;
}

export function parseSeedArguments(args: string[]): SeedArguments {
  const parsed: SeedArguments = { people: 0, batchSize: 5_000, seed: 1 };
  const names: Record<string, keyof SeedArguments> = { '--people': 'people', '--batch-size': 'batchSize', '--seed': 'seed' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    const key = names[flag];
    const raw = inline ?? args[++i];
    const value = Number(raw);
    if (!key || !Number.isSafeInteger(value) || value < 0 || (key === 'batchSize' && value === 0)) {
      throw new Error(`Usage: npm run seed -- [--people N] [--batch-size N] [--seed N] (could not read "${args.slice(i - 1, i + 1).join(' ')}")`);
    }
    parsed[key] = value;
  }
  return parsed;
}

export async function seedCommand(config: HubConfig, args: string[]): Promise<void> {
  const options = parseSeedArguments(args);
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedDatabase(config.dataDir, { whenRunning: 'attach' });
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;
  const kv = new MemoryStore();
  const platform = await createPlatform(config, { service: 'seed', databaseUrl, kv });
  const write = (line: string) => process.stdout.write(`${line}\n`);
  try {
    await prepareServices(SERVICES, platform);
    write('migrations applied, personas seeded');
    if (options.people > 0) {
      const result = await seedGeneratedPeople(databaseUrl, SERVICES, { ...options, progress: write });
      const added = Object.entries(result.added)
        .map(([service, rows]) => `${service} +${rows}`)
        .join(', ');
      write(`generated ${result.people} people in ${result.seconds.toFixed(1)} s (rows added: ${added})`);
    }
  } finally {
    await kv.close();
    await embedded?.stop();
  }
}
