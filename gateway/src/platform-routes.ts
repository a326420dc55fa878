// Endpoints the gateway serves from platform code rather than a subgraph: document uploads (stored by
// their owner, the identity service, through signed internal calls) and, outside production, the
// development outbox (gathered from the three services' own outboxes, also through signed internal calls). Shared by the one-process hub and the standalone gateway.
import type { Express } from 'express';
import { documentStoreOf } from '#platform/documents/http-document-store';
import { mountUploadRoutes } from '#platform/documents/upload-routes';
import { mailboxesOf, mountDevOutbox } from '#platform/messaging/dev-outbox-route';
import type { Platform } from '#platform/runtime';

export function mountPlatformRoutes(app: Express, platform: Platform): void {
  mountUploadRoutes(app, {
    store: documentStoreOf(platform),
    verifier: platform.verifier,
    linkSecret: platform.config.internalServiceSecret,
    log: platform.log,
    quota: { bytesPerDay: platform.config.UPLOAD_QUOTA_BYTES_PER_DAY, filesPerDay: platform.config.UPLOAD_QUOTA_FILES_PER_DAY },
  });
  mountDevOutbox(app, mailboxesOf(platform), { production: platform.config.production });
}
