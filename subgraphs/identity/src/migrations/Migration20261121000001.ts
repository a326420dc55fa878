import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "identity"."person" (
        "nik" varchar(16) primary key,
        "full_name" varchar(200) not null,
        "birth_date" date not null,
        "gender" varchar(1) not null check ("gender" in ('M', 'F')),
        "created_at" timestamptz not null default now()
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "identity"."person";`);
  }
}
