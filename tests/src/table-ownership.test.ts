/**
 * Every table the migrations create has an owner in docs/architecture.md ("Who owns each table"): the
 * list and the migrations are read side by side, so a new table without an owner fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMigrations } from '@jingzhun/engine';

const ROOT = path.resolve(__dirname, '../..');

function createdTables(): string[] {
  const tables = loadMigrations().flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)].map((match) => match[1]!));
  return [...new Set(tables)].sort();
}

function ownedTables(): string[] {
  const docs = readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const section = docs.slice(docs.indexOf('### Who owns each table'));
  const rows = section.slice(0, section.indexOf('\n\n', section.indexOf('| table |'))).split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!)).sort();
}

describe('who owns each table', () => {
  it('names an owner for every table the migrations create, and no table they do not', () => {
    expect(ownedTables()).toEqual(createdTables());
  });
});
