// Bulk loading against a real PostgreSQL: COPY's text encoding round-trips, and a second run of the same rows
// copies none of them again.
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { copyNewRows, type CopyColumns } from './copy';

interface Person {
  nik: string;
  name: string;
  note: string | null;
}

// The key column is not the first one, so a key read from the wrong column finds nothing taken.
const COLUMNS: CopyColumns<Person> = [
  ['name', (p) => p.name],
  ['nik', (p) => p.nik],
  ['note', (p) => p.note],
];

let database: TestDatabase;
let db: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
  await db.query('create table person (nik text primary key, name text not null, note text)');
});

afterAll(async () => {
  await db?.end();
  await database?.drop();
});

describe('copyNewRows', () => {
  it('copies the rows whose key the table does not hold yet, and returns them', async () => {
    await db.query(`insert into person (nik, name) values ('3171000000000001', 'Already Here')`);
    const people: Person[] = [
      { nik: '3171000000000001', name: 'Skipped', note: null },
      { nik: '3171000000000002', name: 'Tab\there', note: 'back\\slash\nand newline' },
      { nik: '3171000000000003', name: 'Plain', note: null },
    ];
    expect(await copyNewRows(db, 'person', COLUMNS, 'nik', people)).toEqual(people.slice(1));
    expect(await copyNewRows(db, 'person', COLUMNS, 'nik', people)).toEqual([]);
    const { rows } = await db.query('select nik, name, note from person order by nik');
    expect(rows).toEqual([{ nik: '3171000000000001', name: 'Already Here', note: null }, ...people.slice(1)]);
  });

  it('refuses a key that is not one of the columns it writes', async () => {
    await expect(copyNewRows(db, 'person', COLUMNS, 'kpj', [])).rejects.toThrow('kpj is not a column written to person');
  });
});
