// `npm run seed`: migrations and personas for every service, then N generated people in batches,
// one transaction per batch across all services, each service inserting its own part in bulk.
import { Client } from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseContext } from '../context';
import { initOrm, migrate } from '../db/orm';
import { migratePlatform } from '../db/platform-schema';
import type { Platform } from '../runtime';
import type { ServiceDefinition } from '../service';
import { generatePeople } from './generator';

type AnyService = ServiceDefinition<BaseContext>;

/** Applies the platform's and each service's migrations and seeds the personas where tables are empty. */
export async function prepareServices(definitions: readonly AnyService[], platform: Platform): Promise<void> {
  await migratePlatform(platform.databaseUrl);
  for (const definition of definitions) {
    const orm = await initOrm({
      databaseUrl: platform.databaseUrl,
      schema: definition.dbSchema,
      entities: definition.entities,
      migrations: definition.migrations,
      poolMax: 2,
    });
    try {
      await migrate(orm, platform.databaseUrl, definition.dbSchema);
      if (definition.seed) await definition.seed(orm.em.fork() as EntityManager, platform);
    } finally {
      await orm.close(true);
    }
  }
}

export interface GeneratedSeedOptions {
  people: number;
  seed?: number;
  batchSize?: number;
  /** Receives one line per batch (`seeded 5,000 / 100,000 people …`). */
  progress?: (line: string) => void;
}

export interface GeneratedSeedResult {
  people: number;
  /** Rows each service added; 0 everywhere when the same people were seeded before. */
  added: Record<string, number>;
  seconds: number;
}

const number = new Intl.NumberFormat('en-US');

/** Inserts generated people 0 … people-1; rows that exist already are skipped, so re-running adds nothing. */
export async function seedGeneratedPeople(
  databaseUrl: string,
  definitions: readonly AnyService[],
  options: GeneratedSeedOptions,
): Promise<GeneratedSeedResult> {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const seeders = definitions.filter((d) => d.seedGenerated);
  const added: Record<string, number> = Object.fromEntries(seeders.map((d) => [d.name, 0]));
  const client = new Client({ connectionString: databaseUrl, application_name: 'hub-seed' });
  await client.connect();
  try {
    let done = 0;
    for (const batch of generatePeople(options.people, { seed: options.seed, batchSize: options.batchSize })) {
      await client.query('begin');
      try {
        for (const definition of seeders) added[definition.name] += await definition.seedGenerated!(batch, client);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      }
      done += batch.length;
      options.progress?.(
        `seeded ${number.format(done)} / ${number.format(options.people)} people (${seconds().toFixed(1)} s)`,
      );
    }
  } finally {
    await client.end();
  }
  return { people: options.people, added, seconds: seconds() };
}
