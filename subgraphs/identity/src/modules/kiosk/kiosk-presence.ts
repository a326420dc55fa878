// kiosk.last_seen_at: written when a kiosk (its device token or one of its sessions) calls identity, at
// most once a minute per kiosk (a key-value mark throttles it), off the request's own path.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import type { Platform } from '#platform/runtime';
import { KioskRecord } from './kiosk.entity';

export const KIOSK_SEEN_EVERY_SECONDS = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function noteKioskSeen(em: EntityManager, platform: Pick<Platform, 'kv' | 'log'>, caller: Caller): Promise<void> {
  if ((caller.kind !== 'kiosk' && caller.kind !== 'kiosk-device') || !UUID.test(caller.kioskId)) return;
  try {
    if (!(await platform.kv.setIfAbsent(`kiosk:seen:${caller.kioskId}`, '1', KIOSK_SEEN_EVERY_SECONDS))) return;
    await em.nativeUpdate(KioskRecord, { id: caller.kioskId, revokedAt: null }, { lastSeenAt: new Date() });
  } catch (error) {
    platform.log.warn({ error }, 'kiosk last-seen update failed');
  }
}
