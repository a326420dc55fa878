// An `updated_at` column kept current by the database: a trigger function per schema and one trigger per
// table. Migrations of more than one schema write it, so its SQL lives here once (the text they ran).

/** SQL that creates `<schema>.touch_updated_at()` and the trigger running it before each update of `table`. */
export function createTouchUpdatedAt(schema: string, table: string): string {
  return `create function "${schema}"."touch_updated_at"() returns trigger language plpgsql as $$
      begin
        new."updated_at" := now();
        return new;
      end $$;
      create trigger "${table}_touch_updated_at" before update on "${schema}"."${table}"
        for each row execute function "${schema}"."touch_updated_at"();`;
}

/** SQL that drops what `createTouchUpdatedAt` created. */
export function dropTouchUpdatedAt(schema: string, table: string): string {
  return `drop trigger "${table}_touch_updated_at" on "${schema}"."${table}";
      drop function "${schema}"."touch_updated_at"();`;
}
