// Endpoints the gateway serves from platform code rather than a subgraph: document uploads and,
// outside production, the development outbox. Shared by the one-process hub and the standalone gateway.
import type { Express } from 'express';
import type { Pool } from 'pg';
import { PostgresDocumentStore, poolQuery } from '#platform/documents/postgres-document-store';
import { mountUploadRoutes } from '#platform/documents/upload-routes';
import { mountDevOutbox } from '#platform/messaging/dev-outbox-route';
import type { Platform } from '#platform/runtime';

export function mountPlatformRoutes(app: Express, pool: Pool, platform: Platform): void {
  mountUploadRoutes(app, {
    store: new PostgresDocumentStore(poolQuery(pool)),
    verifier: platform.verifier,
    linkSecret: platform.config.internalServiceSecret,
    log: platform.log,
    quota: { bytesPerDay: platform.config.UPLOAD_QUOTA_BYTES_PER_DAY, filesPerDay: platform.config.UPLOAD_QUOTA_FILES_PER_DAY },
  });
  mountDevOutbox(app, pool, { production: platform.config.production });
}
