// Callers of the benchmark: tokens minted with the same signing keys the servers load, and the
// participant account a persona needs for `me` (inserted directly, as the e2e tests do).
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadKeyRing } from '#platform/auth/keys';
import { TokenIssuer } from '#platform/auth/tokens';
import { personas } from '#domain/seed/personas';
import type { BenchEnvironment } from './environment';

/** Budi: a persona with records at both agencies, so MyOverview reaches all three subgraphs. */
export const BUDI = personas.people.find((person) => person.taspen && person.bpjsTk)!;

export const STAFF_PURPOSE = { 'x-access-purpose': 'benchmark of the staff list read' };

export interface Callers {
  participant(accountId: string, nik: string): Promise<string>;
  staff(): Promise<string>;
}

export async function createCallers(env: BenchEnvironment): Promise<Callers> {
  const keys = await loadKeyRing({ HUB_SIGNING_KEYS: JSON.stringify(env.signingKeys), dataDir: env.workDir });
  const issuer = new TokenIssuer(keys, { issuer: 'https://hub.local', audience: 'participant-graph' });
  const hours = 2 * 3600;
  return {
    // Stepped up now: balances need a step-up within the last 15 minutes, so mint one per run.
    async participant(accountId, nik) {
      const stepUpAt = Math.floor(Date.now() / 1000);
      return (await issuer.issue({ kind: 'participant', accountId, nik, sessionId: `bench-${randomUUID()}`, stepUpAt }, hours)).token;
    },
    async staff() {
      return (
        await issuer.issue(
          {
            kind: 'staff',
            accountId: 'bench-admin',
            email: 'bench@hub.local',
            roles: ['HUB_ADMIN'],
            agency: null,
            branch: null,
            sessionId: `bench-${randomUUID()}`,
          },
          hours,
        )
      ).token;
    },
  };
}

/** A participant account for the persona (the registration flow has tests of its own). */
export async function personaAccount(databaseUrl: string, person: { nik: string; fullName: string }): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const email = `${person.fullName.toLowerCase().replace(/\s+/g, '.')}@bench.example.id`;
    const inserted = await client.query(
      `insert into identity.account (id, kind, email, password_hash, nik) values ($1, 'PARTICIPANT', $2, 'x', $3)
       on conflict do nothing returning id`,
      [randomUUID(), email, person.nik],
    );
    return inserted.rows[0]?.id ?? (await client.query(`select id from identity.account where nik = $1 and disabled_at is null`, [person.nik])).rows[0].id;
  } finally {
    await client.end();
  }
}
