// GET /cards/bpjstk/<KPJ>.pdf: the KPJ card as PDF, for the holder's bearer token (participant or
// their kiosk session), BPJS TK staff stating X-Access-Purpose, or a short-lived signed link; every
// download by someone other than the holder is in the access log.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { hasRole, type Caller } from '#platform/auth/caller';
import { STAFF_READERS } from '#domain/access-policy';
import { authorizeDownload } from '#domain/read-log';
import { cardDownloadPath, findCards, mountCardVerifyRoutes, renderCardPdf, verifyCardLink } from '#domain/cards/cards';
import { publicBase } from '#platform/http/public-url';
import type { Platform } from '#platform/runtime';
import { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { KPJ_CARD_TITLE } from './card.service';

/** Staff who may download cards once they state a purpose (they are told what is missing; others get 404). */
const participantAccessible = (caller: Caller) => hasRole(caller, ...STAFF_READERS.BPJSTK);

export function mountCardRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  const { platform } = deps;
  // BPJS TK's registry answers for the cards it issued: taspen's public verifyCard asks it (signed internal call).
  mountCardVerifyRoutes(app, deps, 'BPJSTK');
  app.get('/cards/bpjstk/:file', async (req, res) => {
    const match = /^(\d{11})\.pdf$/.exec(String(req.params.file));
    if (!match) {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    const kpj = match[1];
    const path = cardDownloadPath('BPJSTK', kpj);
    const signed = verifyCardLink(platform.config.internalServiceSecret, path, req.query.exp, req.query.sig);
    let caller;
    try {
      caller = await platform.verifier.fromHeader(req.header('authorization'));
    } catch {
      res.status(401).setHeader('www-authenticate', 'Bearer').json({ error: 'invalid_token' });
      return;
    }
    if (!signed && caller.kind === 'anonymous') {
      res.status(401).setHeader('www-authenticate', 'Bearer').json({ error: 'unauthenticated' });
      return;
    }
    const em = deps.orm.em.fork();
    const participant = await em.findOne(BpjsTkParticipantRecord, { kpj });
    const purpose = req.header('x-access-purpose')?.trim().slice(0, 200) || null;
    const answer =
      signed || !participant
        ? null
        : await authorizeDownload(platform.accessLog, { caller, accessPurpose: purpose }, 'BPJSTK', participant.nik, 'cards', {
            action: 'DOWNLOAD_BPJSTK_CARD',
            fields: ['bpjsTk.card.pdf'],
          });
    if (answer && answer !== true && answer.code === 'FORBIDDEN' && caller.kind === 'staff' && participantAccessible(caller)) {
      res.status(403).json({ error: 'forbidden', message: answer.message });
      return;
    }
    const allowed = signed || answer === true;
    const [card] = participant && allowed ? await findCards(em, platform.keys, 'BPJSTK', [kpj]) : [];
    if (!participant || !card) {
      // Someone else's card and a card that does not exist look the same.
      res.status(404).json({ error: 'not_found' });
      return;
    }
    const pdf = await renderCardPdf({
      agency: 'BPJSTK',
      title: KPJ_CARD_TITLE,
      number: card.number,
      holderName: card.holderName,
      issuedAt: card.issuedAt,
      verificationCode: card.verificationCode,
      publicBase: publicBase(platform.config),
      details: [
        { label: 'NIK', value: participant.nik },
        { label: 'KPJ', value: participant.kpj },
        { label: 'Kepesertaan', value: participant.membership === 'PU' ? 'Penerima Upah (PU)' : 'Bukan Penerima Upah (BPU)' },
      ],
    });
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="KPJ-${kpj}.pdf"`);
    res.setHeader('cache-control', 'private, no-store');
    res.send(pdf);
  });
}
