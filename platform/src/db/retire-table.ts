// Retiring a table that another schema took over: an empty one goes at once; one that still holds rows (an
// upgraded database) stays, unread, for the new owner's migration to copy from, and goes a release later.

/** SQL that drops `table` (schema-qualified: `schema.table`) if it exists and is empty. */
export function dropTableIfEmpty(table: string): string {
  return `
      do $$ begin
        if to_regclass('${table}') is not null then
          if not exists (select 1 from ${table}) then
            drop table ${table};
          end if;
        end if;
      end $$;`;
}
