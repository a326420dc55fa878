import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "taspen"."participant" (
        "nip" varchar(18) primary key,
        "nik" varchar(16) not null unique,
        "full_name" varchar(200) not null,
        "birth_date" date not null,
        "employer" varchar(200) not null,
        "status" varchar(20) not null,
        "appointed_on" date not null,
        "npwp" varchar(15),
        "tht_balance" bigint not null default 0,
        "tht_balance_as_of" date not null
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "taspen"."participant";`);
  }
}
