// POST /internal/people, served by each agency subgraph for identity (signed service call): which of
// these NIKs does the agency know, with the record's name and birth date. It lets `person(nik)` find
// someone known only to one agency (a BPU registrant, an employer's worker) the moment the agency
// knows them, without a copy in identity. One batched lookup per request, however many NIKs.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Platform } from '../runtime';
import { requireInternalCaller } from './internal';

export const PEOPLE_DIRECTORY_PATH = '/internal/people';
export const MAX_DIRECTORY_NIKS = 100;

export interface KnownPerson {
  nik: string;
  fullName: string;
  birthDate: string;
}

export function mountPeopleDirectoryRoute(
  app: Express,
  deps: { orm: MikroORM; platform: Platform },
  findByNiks: (em: EntityManager, niks: string[]) => Promise<KnownPerson[]>,
): void {
  app.post(PEOPLE_DIRECTORY_PATH, requireInternalCaller(deps.platform.config.internalServiceSecret), async (req, res) => {
    const niks = (req.body ?? {}).niks;
    if (!Array.isArray(niks) || niks.length > MAX_DIRECTORY_NIKS || !niks.every((nik) => typeof nik === 'string' && /^\d{16}$/.test(nik))) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      const found = niks.length ? await findByNiks(deps.orm.em.fork(), [...new Set(niks as string[])]) : [];
      res.json({ people: found.map((p) => ({ nik: p.nik, fullName: p.fullName, birthDate: p.birthDate })) });
    } catch (error) {
      deps.platform.log.error({ error }, 'people directory lookup failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
