// `node dist/gateway/src/cli.js create-admin --email … --password …`: the way to the first HUB_ADMIN
// in production, where no staff account is ever seeded with a known password.
import { parseArgs } from 'node:util';
import { loadConfig, type HubConfig } from '#platform/config';
import { startEmbeddedDatabase } from '#platform/db/embedded';
import { initOrm, migrate } from '#platform/db/orm';
import { migratePlatform } from '#platform/db/platform-schema';
import { requireEmail } from '#platform/validation/require';
import { migrations } from '../migrations';
import { AccountRecord } from '../modules/account/account.entity';
import { hashPassword } from '../modules/account/password';
import { passwordProblem } from '../modules/account/account.rules';
import { identityEntities } from '../service';

export class CreateAdminError extends Error {}

/** Creates a HUB_ADMIN staff account in the identity schema of `databaseUrl`; returns its id. */
export async function createAdminAccount(databaseUrl: string, email: string, password: string): Promise<string> {
  const address = requireEmail('email', email);
  const problem = passwordProblem(password, address);
  if (problem) throw new CreateAdminError(problem);
  const orm = await initOrm({ databaseUrl, schema: 'identity', entities: identityEntities, migrations, poolMax: 2 });
  try {
    await migratePlatform(databaseUrl);
    await migrate(orm, databaseUrl, 'identity');
    const em = orm.em.fork();
    if (await em.getRepository(AccountRecord).emailTaken(address)) throw new CreateAdminError(`An account for ${address} already exists.`);
    const account = em.create(AccountRecord, {
      kind: 'STAFF',
      email: address,
      passwordHash: await hashPassword(password),
      roles: ['HUB_ADMIN'],
      agency: null,
      branch: null,
      createdAt: new Date(),
    });
    await em.flush();
    return account.id;
  } finally {
    await orm.close(true);
  }
}

export async function createAdmin(args: string[], config: HubConfig = loadConfig()): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, password: { type: 'string' } }, strict: true });
  if (!values.email || !values.password) {
    process.stderr.write('Usage: create-admin --email <address> --password <password>\n');
    process.exitCode = 2;
    return;
  }
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedDatabase(config.dataDir, { whenRunning: 'attach' });
  try {
    const id = await createAdminAccount(config.DATABASE_URL ?? embedded!.url, values.email, values.password);
    process.stdout.write(`Created HUB_ADMIN ${values.email.trim().toLowerCase()} (${id}).\n`);
  } catch (error) {
    if (!(error instanceof CreateAdminError) && !(error instanceof Error && 'field' in error)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } finally {
    await embedded?.stop();
  }
}
