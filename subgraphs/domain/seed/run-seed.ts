// `npm run seed`: migrations and personas for every service, then N generated people in batches,
// one transaction per batch across all services, each service inserting its own part in bulk.
import { Client } from 'pg';
import type { BaseContext } from '#platform/context';
import { initOrm, migrate } from '#platform/db/orm';
import { migratePlatform } from '#platform/db/platform-schema';
import type { Platform } from '#platform/runtime';
import type { ServiceDefinition } from '#platform/service';
import { generatePeople, type GeneratedPerson } from './generator';

type AnyService = ServiceDefinition<BaseContext, GeneratedPerson>;

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
      if (definition.seed) await definition.seed(orm.em.fork(), platform);
    } finally {
      await orm.close(true);
    }
  }
}

export interface GeneratedSeedOptions {
  people: number;
  seed?: number;
  batchSize?: number;
  /** Database connections writing batches at once (default 2). */
  connections?: number;
  /** Receives one line per batch (`seeded 5,000 / 100,000 people …`). */
  progress?: (line: string) => void;
  /** Stop starting batches after this time (epoch ms); `people` in the result says how many were reached. */
  deadline?: number;
  /**
   * Drop the keys the services name (`seedGeneratedBulk`) before the load and build them after it; default
   * from BULK_SEED_PEOPLE people on. Holds the affected tables locked for the rebuild: a seed, not live traffic.
   */
  bulk?: boolean;
}

/** From this many generated people on, a seed builds the bulk tables' keys after the load. */
export const BULK_SEED_PEOPLE = 100_000;

export interface GeneratedSeedResult {
  /** People 0 … people-1 are seeded (fewer than asked when the deadline stopped it). */
  people: number;
  /** Rows each service added; 0 everywhere when the same people were seeded before. */
  added: Record<string, number>;
  seconds: number;
}

const number = new Intl.NumberFormat('en-US');

/**
 * Inserts generated people 0 … people-1; rows that exist already are skipped, so re-running adds nothing.
 * Batches go to the database over a few connections at once, so that generating (and each service's
 * JavaScript work on) one batch overlaps the database writing the previous one. Each batch is one
 * transaction across all services, committed without waiting for the WAL flush: a crash loses at most the
 * last batches, and re-running the seed fills them in.
 */
export async function seedGeneratedPeople(
  databaseUrl: string,
  definitions: readonly AnyService[],
  options: GeneratedSeedOptions,
): Promise<GeneratedSeedResult> {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const seeders = definitions.filter((d) => d.seedGenerated);
  const added: Record<string, number> = Object.fromEntries(seeders.map((d) => [d.name, 0]));
  const clients = Array.from(
    { length: Math.max(1, options.connections ?? 2) },
    () => new Client({ connectionString: databaseUrl, application_name: 'hub-seed' }),
  );
  const idle: Client[] = [];
  for (const client of clients) {
    await client.connect();
    await client.query('set synchronous_commit = off');
    idle.push(client);
  }
  const bulk = (options.bulk ?? options.people >= BULK_SEED_PEOPLE) ? seeders.filter((d) => d.seedGeneratedBulk) : [];
  for (const definition of bulk) await definition.seedGeneratedBulk!.before(clients[0]);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let done = 0;
  // Batches finish out of order over two connections; progress is told in batch order (each line a
  // boundary of the people committed so far, with every batch before it committed too).
  const finished = new Map<number, number>();
  let nextToReport = 0;
  const reportInOrder = (index: number, size: number) => {
    finished.set(index, size);
    while (finished.has(nextToReport)) {
      done += finished.get(nextToReport)!;
      finished.delete(nextToReport);
      nextToReport++;
      options.progress?.(`seeded ${number.format(done)} / ${number.format(options.people)} people (${seconds().toFixed(1)} s)`);
    }
  };
  const insertBatch = async (client: Client, batch: GeneratedPerson[], index: number) => {
    await client.query('begin');
    try {
      for (const definition of seeders) {
        const rows = await definition.seedGenerated!(batch, client);
        added[definition.name] += rows;
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
    reportInOrder(index, batch.length);
  };
  try {
    let index = 0;
    for (const batch of generatePeople(options.people, { seed: options.seed, batchSize: options.batchSize })) {
      while (!idle.length) await Promise.race(inFlight);
      if (failure || (options.deadline !== undefined && Date.now() > options.deadline)) break;
      const client = idle.pop()!;
      const work: Promise<void> = insertBatch(client, batch, index++)
        .catch((error) => {
          failure ??= error;
        })
        .finally(() => {
          inFlight.delete(work);
          idle.push(client);
        });
      inFlight.add(work);
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
  } finally {
    await Promise.all(inFlight);
    try {
      if (bulk.length) {
        const builder = clients[0];
        await builder.query(`set maintenance_work_mem = '256MB'`);
        for (const definition of bulk) await definition.seedGeneratedBulk!.after(builder);
      }
    } finally {
      await Promise.all(clients.map((client) => client.end().catch(() => {})));
    }
  }
  return { people: done, added, seconds: seconds() };
}
