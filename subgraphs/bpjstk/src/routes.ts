// The bpjstk service's REST routes (mounted after platform's rawJson(), before /graphql).
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Platform } from '#platform/runtime';
import { mountCardRoutes } from './modules/card/card.routes';
import { mountPaymentRoutes } from './modules/payment/payment.routes';
import { paymentServiceFor } from './services';
import { mountSmsRoutes } from './modules/sms/sms.routes';

export function mountBpjsTkRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  mountPaymentRoutes(app, { ...deps, payments: paymentServiceFor(deps.platform) });
  mountSmsRoutes(app, deps);
  mountCardRoutes(app, deps);
}
