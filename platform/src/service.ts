// Boots one hub service: its ORM on its own schema, its migrations, its GraphQL server.
// Each subgraph describes itself with a ServiceDefinition; this file knows no domain.
import type net from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ClientBase } from 'pg';
import type { BaseContext } from './context';
import { armTimeouts, initOrm, migrate, withAdvisoryLock } from './db/orm';
import { databaseTimeouts } from './config';
import { awaitPlatformSchema, migratePlatform } from './db/platform-schema';
import { startSubgraphServer, type RunningServer } from './http/subgraph-server';
import type { Platform } from './runtime';

export type ServiceName = 'identity' | 'taspen' | 'bpjstk';

/**
 * `Person` is the record of one generated person that `seedGenerated` receives (the domain's seed generator
 * defines it; the platform only hands the batches on).
 */
export interface ServiceDefinition<Ctx extends BaseContext, Person = unknown> {
  name: ServiceName;
  /** The PostgreSQL schema the service owns. */
  dbSchema: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  /**
   * The one service that owns the platform schema (documents, access log, revocations): it applies its
   * migrations, reads and writes it through its own pool and serves the others' signed internal calls; every
   * other service waits for its migrations at start and creates none of those tables.
   */
  ownsPlatformSchema?: boolean;
  /**
   * Builds the federated schema, shield rules applied; needs no database. Given the platform, the resolvers get
   * their services, built here once per process (without it, as in `npm run compose`, the schema only prints).
   */
  buildSchema(platform?: Platform): Promise<GraphQLSchema>;
  createContext(base: BaseContext, em: EntityManager, platform: Platform): Ctx;
  /**
   * Side work a request sets off besides its answer (a presence mark, say), started once its context is built
   * and never awaited by it, so that the context itself stays data.
   */
  onRequest?(ctx: Ctx, deps: { orm: MikroORM; platform: Platform }): void;
  routes?(app: Express, deps: { orm: MikroORM; platform: Platform }): void;
  /** Seeds the demo personas when the service's tables are empty. */
  seed?(em: EntityManager, platform: Platform): Promise<void>;
  /**
   * Inserts the service's part of a batch of generated people (`npm run seed -- --people N`) with bulk
   * SQL on `db`, inside the batch's transaction; must skip rows that exist. Returns the rows added.
   */
  seedGenerated?(people: readonly Person[], db: Pick<ClientBase, 'query'>): Promise<number>;
  /**
   * Around a large generated seed: `before` drops the keys and indexes that a bulk load should not keep up
   * row by row, `after` builds them again in one pass each (and must repair what a stopped seed left dropped).
   */
  seedGeneratedBulk?: { before(db: Pick<ClientBase, 'query'>): Promise<void>; after(db: Pick<ClientBase, 'query'>): Promise<void> };
  /**
   * Root Query fields that serve public data the same to everyone, with the seconds a response made only of
   * them may be cached (sent as `Cache-Control: public, max-age=N`; the gateway caches anonymous answers).
   */
  publicCacheSeconds?: Record<string, number>;
  /** Background work (outbox delivery, …) started with the server and stopped with it. */
  workers?(deps: { orm: MikroORM; platform: Platform }): Array<{ stop(): Promise<void> }>;
}

export interface RunningService extends RunningServer {
  name: ServiceName;
  orm: MikroORM;
}

export async function runService<Ctx extends BaseContext>(
  definition: ServiceDefinition<Ctx>,
  platform: Platform,
  options: { port: number; host?: string; socket?: net.Server; seed?: boolean },
): Promise<RunningService> {
  // `service` is the process's (the hub, or this subgraph run alone); a second `service` key would print twice.
  const log = platform.log.child({ subgraph: definition.name });
  const orm = await initOrm({
    databaseUrl: platform.databaseUrl,
    schema: definition.dbSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    poolMax: platform.config.DB_POOL_MAX,
    timeouts: databaseTimeouts(platform.config),
  });
  if (definition.ownsPlatformSchema) await migratePlatform(platform.databaseUrl);
  await migrate(orm, platform.databaseUrl, definition.dbSchema);
  // Seeding and serving touch platform tables: their owner (identity) may still be migrating them.
  if (!definition.ownsPlatformSchema) await awaitPlatformSchema(platform.databaseUrl);
  // Replicas starting together seed one after the other: the later ones find the personas there.
  if (options.seed !== false && definition.seed) {
    await withAdvisoryLock(platform.databaseUrl, `seed:${definition.dbSchema}`, () => definition.seed!(orm.em.fork(), platform));
  }
  await armTimeouts(orm);
  const schema = await definition.buildSchema(platform);
  const workers = definition.workers?.({ orm, platform }) ?? [];
  const server = await startSubgraphServer<Ctx>({
    name: definition.name,
    schema,
    port: options.port,
    host: options.host,
    socket: options.socket,
    log,
    verifier: platform.verifier,
    production: platform.config.production,
    publicCacheSeconds: definition.publicCacheSeconds,
    internalSecret: platform.config.internalServiceSecret,
    extendContext: (base) => {
      const ctx = definition.createContext(base, orm.em.fork(), platform);
      definition.onRequest?.(ctx, { orm, platform });
      return ctx;
    },
    routes: definition.routes ? (app) => definition.routes!(app, { orm, platform }) : undefined,
    readiness: {
      database: async () => {
        await orm.em.getConnection().execute('select 1');
      },
      keyValueStore: () => platform.kv.ping(),
    },
  });
  return {
    ...server,
    name: definition.name,
    orm,
    async close() {
      await Promise.all(workers.map((worker) => worker.stop()));
      await server.close();
      await orm.close(true);
    },
  };
}
