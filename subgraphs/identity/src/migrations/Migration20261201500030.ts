import { Migration } from '@mikro-orm/migrations';
import { createOutboxTable } from '#platform/messaging/outbox-table';

/**
 * The identity service's own outbox (it was one platform.outbox for all three): a message commits with the change
 * that causes it because both are in the service's own transaction, and the service's own worker delivers it.
 * On a database that has the shared outbox, its messages (with their ids and states) are copied here:
 * identity's worker delivers what was still pending there, and the development mailbox keeps its history.
 */
export class Migration20261201500030 extends Migration {
  override async up(): Promise<void> {
    this.addSql(createOutboxTable('identity'));
    this.addSql(`
      do $$ begin
        if to_regclass('platform.outbox') is not null then
          insert into "identity"."outbox" (id, channel, recipient, subject, body, kind, status, attempts, next_attempt_at, last_error, dedupe_key, created_at, sent_at)
          select id, channel, recipient, subject, body, kind, status, attempts, next_attempt_at, last_error, dedupe_key, created_at, sent_at from platform.outbox order by id;
          perform setval(pg_get_serial_sequence('"identity"."outbox"', 'id'), coalesce((select max(id) from "identity"."outbox"), 0) + 1, false);
        end if;
      end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "identity"."outbox";');
  }
}
