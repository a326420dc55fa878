// POST /internal/contacts (signed service call from an agency subgraph): where the account of a NIK
// can be reached, for messages such as a recovered KPJ. Answers null when the NIK has no active account.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { requireInternalCaller } from '#platform/http/internal';
import type { Platform } from '#platform/runtime';
import { AccountRecord } from './account.entity';

export const CONTACTS_PATH = '/internal/contacts';

export function mountAccountRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  app.post(CONTACTS_PATH, requireInternalCaller(deps.platform.config.internalServiceSecret), async (req, res) => {
    const nik = (req.body ?? {}).nik;
    if (typeof nik !== 'string' || !/^\d{16}$/.test(nik)) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      const em = deps.orm.em.fork();
      const account = await em.findOne(AccountRecord, { nik, disabledAt: null });
      res.json(account ? { email: account.email, phone: account.phone ?? null } : null);
    } catch (error) {
      deps.platform.log.error({ requestId: req.header('x-request-id'), error }, 'contact lookup failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
