// Where a process appends access-log entries. The identity service owns platform.access_log (one hash chain)
// and appends through its own pool (localAccessLog); the other services send their entries to it over a signed
// internal call (HttpAccessLog → access-log-routes.ts), and an entry that cannot be written is an error
// the caller answers with: a read's answer is withheld, a change is rolled back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceUnavailableError } from '../errors';
import { InternalClient } from '../http/internal';
import type { ServiceUrls } from '../runtime';
import type { HubConfig } from '../config';
import { appendAuditBatch, type AuditEntry } from './audit-log';

export const ACCESS_LOG_PATH = '/internal/access-log';

export interface AccessLog {
  /** Appends the entries in order, each batch contiguous in the chain; throws when they are not written. */
  append(entries: readonly AuditEntry[]): Promise<void>;
}

/** The owner's own appends: one transaction of its own, whatever the caller's. */
export function localAccessLog(em: EntityManager): AccessLog {
  return {
    async append(entries) {
      if (entries.length) await em.fork().transactional((tx) => appendAuditBatch(tx, entries));
    },
  };
}

export class HttpAccessLog implements AccessLog {
  constructor(private readonly owner: InternalClient) {}

  async append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const answer = await this.owner.exchange(ACCESS_LOG_PATH, JSON.stringify({ entries }), 'application/json');
    if (answer.status !== 201) throw new ServiceUnavailableError('The access log');
  }
}

/** The access log of any process but its owner: calls to the identity service where it answers. */
export function accessLogOf(platform: { serviceUrls: ServiceUrls; config: Pick<HubConfig, 'internalServiceSecret'> }): AccessLog {
  const identity = () => {
    const url = platform.serviceUrls.identity;
    if (!url) throw new ServiceUnavailableError('The identity service');
    return url;
  };
  return new HttpAccessLog(new InternalClient(identity, platform.config.internalServiceSecret, 'identity'));
}
