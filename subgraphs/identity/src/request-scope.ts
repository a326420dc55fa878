// What identity's services need of the request they serve, passed to each call (the services themselves
// are built once per process, services.ts): its EntityManager, the caller's address for per-IP limits,
// and the bearer token it presented (a kiosk's device token is checked against its stored hash).
import type { EntityManager } from '@mikro-orm/postgresql';

export interface RequestScope {
  em: EntityManager;
  clientIp: string;
  bearerToken?: string | null;
}
