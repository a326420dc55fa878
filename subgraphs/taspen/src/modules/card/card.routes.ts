// GET /cards/taspen/<number>.pdf (proxied by the gateway): the KPT as a PDF, for its holder's bearer
// token (or kiosk session), Taspen staff stating X-Access-Purpose, or a signed short-lived link; downloads by
// someone other than the holder are in the access log. Anyone else learns nothing, not even whether the card exists.
// Also POST /internal/cards/verify: what Taspen's registry says of a KPT's code, for the other agency.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { hasRole, type Caller } from '#platform/auth/caller';
import { STAFF_READERS } from '#domain/access-policy';
import { authorizeDownload } from '#domain/read-log';
import { cardNumberFromPath, mountCardVerifyRoutes, otherRegistryOf, verifyCardLink } from '#domain/cards/cards';
import type { Platform } from '#platform/runtime';
import { CardService, nipOfKptNumber } from './card.service';

export function mountCardRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  const { platform } = deps;
  const cards = new CardService({ keys: platform.keys, config: platform.config, otherRegistry: otherRegistryOf(platform) });
  // Taspen's registry answers for the KPTs it issued (signed internal call).
  mountCardVerifyRoutes(app, deps, 'TASPEN');
  app.get('/cards/taspen/:file', async (req: Request, res: Response) => {
    const notFound = () => res.status(404).json({ error: 'not_found' });
    const number = cardNumberFromPath('TASPEN', req.path);
    const nip = number ? nipOfKptNumber(number) : null;
    if (!number || !nip) return notFound();

    const signed = verifyCardLink(platform.config.internalServiceSecret, req.path, req.query.exp, req.query.sig);
    let caller: Caller | null = null;
    if (!signed) {
      try {
        caller = await platform.verifier.fromHeader(req.header('authorization'));
      } catch {
        caller = null;
      }
      if (!caller || caller.kind === 'anonymous') {
        res.setHeader('www-authenticate', 'Bearer');
        return res.status(401).json({ error: 'unauthorized', message: 'Sign in as the card holder, or use a signed link.' });
      }
    }

    const em = deps.orm.em.fork();
    const { participant, card } = await cards.forDownload({ em }, nip, number);
    if (!participant || !card) return notFound();
    if (!signed) {
      const purpose = req.header('x-access-purpose')?.trim().slice(0, 200) || null;
      const answer = await authorizeDownload(platform.accessLog, { caller: caller!, accessPurpose: purpose }, 'TASPEN', participant.nik, 'cards', {
        action: 'DOWNLOAD_TASPEN_CARD',
        fields: ['taspen.card.pdf'],
      });
      if (answer !== true && caller!.kind === 'staff' && hasRole(caller!, ...STAFF_READERS.TASPEN)) {
        return res.status(403).json({ error: 'forbidden', message: answer.message });
      }
      if (answer !== true) return notFound();
    }

    const pdf = await cards.pdf(participant, card);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${card.number}.pdf"`);
    res.setHeader('cache-control', 'private, no-store');
    res.send(pdf);
  });
}
