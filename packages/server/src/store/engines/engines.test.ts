import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { nodeSqliteDatabase } from './node-sqlite-adapter.ts';
import { classifyPostgres, redactDatabaseUrl } from './postgres.ts';
import { classifySqlite } from './sqlite.ts';

/** node:sqlite rows have no prototype; compare them as plain objects. */
const asPlain = (rows: unknown) => JSON.parse(JSON.stringify(rows));

describe('engine pieces', () => {
  it('adapts node:sqlite to the statement shape Kysely expects', () => {
    const db = nodeSqliteDatabase(new DatabaseSync(':memory:'));
    db.prepare('CREATE TABLE t (id INTEGER PRIMARY KEY, flag INTEGER, name TEXT)').run([]);
    const insert = db.prepare('INSERT INTO t (flag, name) VALUES (?, ?) RETURNING id');
    assert.equal(insert.reader, true, 'RETURNING makes a statement a reader');
    assert.deepEqual(asPlain(insert.all([true, 'a'])), [{ id: 1 }]);
    const plain = db.prepare('INSERT INTO t (flag, name) VALUES (?, ?)');
    assert.equal(plain.reader, false);
    assert.equal(Number(plain.run([false, 'b']).changes), 1);
    assert.deepEqual(asPlain(db.prepare('SELECT flag, name FROM t ORDER BY id').all([])), [
      { flag: 1, name: 'a' },
      { flag: 0, name: 'b' },
    ]);
    assert.deepEqual(asPlain([...db.prepare('SELECT name FROM t ORDER BY id').iterate([])]), [
      { name: 'a' },
      { name: 'b' },
    ]);
    assert.throws(() => plain.run([undefined, 'c']), /undefined bound/);
    for (let i = 0; i < 300; i++) db.prepare(`SELECT ${i} AS n`).all([]); // more than the cache holds
    assert.deepEqual(asPlain(db.prepare('SELECT 5 AS n').all([])), [{ n: 5 }]);
    db.close();
  });

  it('tells passing database errors from bugs, per engine', () => {
    assert.equal(classifySqlite({ code: 'ERR_SQLITE_ERROR', errcode: 5 }), 'conflict');
    assert.equal(classifySqlite({ code: 'ERR_SQLITE_ERROR', errcode: 19 }), null, 'a constraint is a bug');
    assert.equal(classifyPostgres({ code: '40001' }), 'conflict');
    assert.equal(classifyPostgres({ code: '40P01' }), 'conflict');
    assert.equal(classifyPostgres({ code: 'ECONNREFUSED' }), 'unavailable');
    assert.equal(classifyPostgres({ code: '57P01' }), 'unavailable');
    assert.equal(classifyPostgres({ code: '23505' }), null);
    assert.equal(classifyPostgres(new Error('Connection terminated unexpectedly')), 'unavailable');
  });

  it('never shows a database password', () => {
    assert.equal(redactDatabaseUrl('postgres://urcard:s3cret@db:5432/urcard'), 'postgres://urcard:***@db:5432/urcard');
    assert.doesNotMatch(redactDatabaseUrl('postgres://u:p%40ss@h/db'), /p%40ss|p@ss/);
  });
});
