// The bpjstk service's REST routes (mounted after platform's rawJson(), before /graphql).
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { mountPeopleDirectoryRoute } from '#platform/http/people-directory';
import type { Platform } from '#platform/runtime';
import { BpjsTkParticipantRepository } from './modules/participant/participant.repository';
import { cardRoutes } from './modules/card/card.routes';
import { paymentWebhookRoutes } from './modules/payment/payment.routes';
import { smsRoutes } from './modules/sms/sms.routes';

export function mountBpjsTkRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  paymentWebhookRoutes(app, deps);
  smsRoutes(app, deps);
  cardRoutes(app, deps);
  mountPeopleDirectoryRoute(app, deps, (em, niks) => new BpjsTkParticipantRepository(em).findByNiks(niks));
}
