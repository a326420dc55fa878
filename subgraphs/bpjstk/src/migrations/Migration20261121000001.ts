import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "bpjstk"."participant" (
        "kpj" varchar(11) primary key,
        "nik" varchar(16) not null unique,
        "full_name" varchar(200) not null,
        "birth_date" date not null,
        "membership" varchar(3) not null check ("membership" in ('PU', 'BPU')),
        "status" varchar(20) not null,
        "inactive_since" date,
        "employer" varchar(200)
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "bpjstk"."participant";`);
  }
}
