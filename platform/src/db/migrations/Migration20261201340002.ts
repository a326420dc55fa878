import { Migration } from '@mikro-orm/migrations';

/** One registry of issued cards for both agencies, so verifyCard answers for any card. */
export class Migration20261201340002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table platform.card (
        id bigserial primary key,
        agency text not null check (agency in ('TASPEN', 'BPJSTK')),
        number text not null,
        nik_hash text not null,
        holder_name text not null,
        issued_at date not null,
        revoked_at timestamptz,
        updated_at timestamptz not null default now(),
        unique (agency, number)
      );
      create index card_nik_hash_idx on platform.card (nik_hash);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table platform.card;');
  }
}
