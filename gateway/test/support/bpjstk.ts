// BPJS TK test helpers: persona identities, kiosk session tokens, signed webhook calls, the Person.bpjsTk entity
// fetch and a JHT claim input with its documents uploaded.
import { createHmac, randomUUID } from 'node:crypto';
import type { Hub } from '../../src/hub';
import { personBlockOf } from './entities';
import { PDF_BYTES, uploadId } from './uploads';

export const DEWI = {
  accountId: 'acc-dewi',
  nik: '3578034311940004',
  fullName: 'Dewi Lestari',
  birthDate: '1994-11-03',
  kpj: '14087654321',
  jhtBalance: 8_523_400,
};
export const RUDI = {
  accountId: 'acc-rudi',
  nik: '3273042802680005',
  fullName: 'Rudi Hartono',
  birthDate: '1968-02-28',
  kpj: '90011223344',
  jhtBalance: 75_250_000,
};
export const ANDI = {
  accountId: 'acc-andi',
  nik: '1271022107900003',
  fullName: 'Andi Wijaya',
  birthDate: '1990-07-21',
  kpj: '11098765432',
  jhtBalance: 45_120_500,
};
export const BUDI_TK = {
  accountId: 'acc-budi',
  nik: '3173051203850001',
  fullName: 'Budi Santoso',
  birthDate: '1985-03-12',
  kpj: '09012345678',
  jhtBalance: 12_480_000,
};
export const WATI = {
  accountId: 'acc-wati',
  nik: '1276014906880006',
  fullName: 'Wati Susilawati',
  birthDate: '1988-06-09',
  kpj: '21055667788',
  jhtBalance: 3_150_000,
};

export async function kioskToken(hub: Pick<Hub, 'platform'>, person: { accountId: string; nik: string }): Promise<string> {
  const { token } = await hub.platform.issuer.issue(
    {
      kind: 'kiosk',
      kioskId: 'kiosk-1',
      kioskName: 'MPP Lhokseumawe',
      accountId: person.accountId,
      nik: person.nik,
      sessionId: `s-${randomUUID()}`,
    },
    300,
  );
  return token;
}

export { staffToken } from './tokens';

/** POSTs JSON signed with `X-Hub-Signature: sha256=…` (or with the given signature). */
export async function postSigned(baseUrl: string, path: string, secret: string, body: unknown, signature?: string) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature': signature ?? `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`,
    },
    body: raw,
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, body: json };
}

/**
 * The persona's identity account (created directly in identity.account, which `me` reads), so that a
 * minted participant token resolves through `me { person }`. Returns the person with that account id.
 */
export async function withAccount<P extends { nik: string; fullName: string }>(hub: Pick<Hub, 'pool'>, person: P): Promise<P & { accountId: string }> {
  const email = `${person.fullName.toLowerCase().replace(/\s+/g, '.')}@example.id`;
  const inserted = await hub.pool.query(
    `insert into identity.account (id, kind, email, password_hash, nik) values ($1, 'PARTICIPANT', $2, 'x', $3)
     on conflict do nothing returning id`,
    [randomUUID(), email, person.nik],
  );
  const id = inserted.rows[0]?.id ?? (await hub.pool.query(`select id from identity.account where nik = $1 and disabled_at is null`, [person.nik])).rows[0].id;
  return { ...person, accountId: id };
}

/** Person.bpjsTk as the gateway fetches it: `_entities` on the bpjstk subgraph with the caller's token. */
export async function bpjsTkOf(hub: Pick<Hub, 'services'>, nik: string, selection: string, token?: string, headers: Record<string, string> = {}) {
  const { block, errors } = await personBlockOf(hub.services.bpjstk.url, 'bpjsTk', nik, selection, token, headers);
  return { bpjsTk: block, errors };
}

/** The documents a JHT claim for resignation needs. */
export const JHT_DOCUMENTS = ['KTP', 'KPJ_CARD', 'PAKLARING', 'BANK_BOOK'];

/** A JHT claim paid to the person's BRI account, with one uploaded PDF for each of `kinds`. */
export async function jhtClaimInput(
  hub: { baseUrl: string },
  token: string,
  person: { fullName: string },
  kinds = JHT_DOCUMENTS,
  overrides: Record<string, unknown> = {},
) {
  const documents = [];
  for (const kind of kinds) documents.push({ kind, documentId: await uploadId(hub.baseUrl, token, PDF_BYTES) });
  return {
    reason: 'RESIGNATION',
    bankAccount: { bankCode: 'BRI', accountNumber: '0123456789', accountName: person.fullName },
    documents,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export const STAFF_PURPOSE = { 'x-access-purpose': 'BPJS TK case review (test)' };
