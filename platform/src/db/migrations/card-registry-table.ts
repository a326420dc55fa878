// The retired shared card registry, platform.card, as Migration20261201340002 made it and as the retirement's
// down() (Migration20261201500000) brings it back. Applied migrations run this text: it is history, not to be changed.

/** SQL that creates platform.card and its index on the holder's NIK hash. */
export function createCardRegistryTable({ ifNotExists = false } = {}): string {
  const guard = ifNotExists ? 'if not exists ' : '';
  return `
      create table ${guard}platform.card (
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
      create index ${guard}card_nik_hash_idx on platform.card (nik_hash);
    `;
}
