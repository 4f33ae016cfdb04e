import { describe, expect, test } from 'vitest';
import { readOnly } from './readOnly';

describe('readOnly', () => {
  test.each([
    ['SELECT * FROM observation', 'SELECT * FROM observation'],
    ['  select 1 ;  ', 'select 1'],
    ['WITH t AS (SELECT 1 AS a) SELECT a FROM t', 'WITH t AS (SELECT 1 AS a) SELECT a FROM t'],
    ['FROM geography LIMIT 2', 'FROM geography LIMIT 2'],
    ['DESCRIBE observation', 'DESCRIBE observation'],
    ['SUMMARIZE indicator;', 'SUMMARIZE indicator'],
    ['-- newest first\nSELECT 1', '-- newest first\nSELECT 1'],
    ['/* a /* nested */ note */ SELECT 1', '/* a /* nested */ note */ SELECT 1'],
    ["SELECT 'DROP TABLE x; DELETE' AS s", "SELECT 'DROP TABLE x; DELETE' AS s"],
    ["SELECT 'it''s; fine' AS s", "SELECT 'it''s; fine' AS s"],
    ["SELECT E'a\\'; DROP' AS s", "SELECT E'a\\'; DROP' AS s"],
    ['SELECT $$a; DROP$$ AS s, $t$b;$t$ AS u', 'SELECT $$a; DROP$$ AS s, $t$b;$t$ AS u'],
    ['SELECT "set", "delete;" FROM t', 'SELECT "set", "delete;" FROM t'],
    ['SELECT updated_at, inserts FROM t', 'SELECT updated_at, inserts FROM t'],
    ['SELECT 1; -- done', 'SELECT 1']
  ])('accepts %j and runs %j', (text, sql) => {
    expect(readOnly(text)).toEqual({ ok: true, sql });
  });

  test.each([
    ['DROP TABLE observation', '«DROP» endrer databasen'],
    ['insert into goal values (1)', '«INSERT» endrer databasen'],
    ['UPDATE observation SET value = 0', '«UPDATE» endrer databasen'],
    ['DELETE FROM observation', '«DELETE» endrer databasen'],
    ['CREATE TABLE x AS SELECT 1', '«CREATE» endrer databasen'],
    ["ATTACH 'x.db'", '«ATTACH» endrer databasen'],
    ["COPY observation TO 'x.csv'", '«COPY» endrer databasen'],
    ['INSTALL httpfs', '«INSTALL» endrer databasen'],
    ['LOAD httpfs', '«LOAD» endrer databasen'],
    ['PRAGMA threads=1', '«PRAGMA» endrer databasen'],
    ["SET memory_limit='1GB'", '«SET» endrer databasen'],
    ["EXPORT DATABASE 'x'", '«EXPORT» endrer databasen'],
    ['CALL pragma_version()', '«CALL» endrer databasen'],
    ['EXPLAIN ANALYZE SELECT 1', 'kan ikke begynne med «EXPLAIN»'],
    ['SHOW TABLES', 'kan ikke begynne med «SHOW»'],
    ['/* SELECT */ DROP TABLE goal', '«DROP» endrer databasen'],
    ['WITH t AS (SELECT 1 AS a) INSERT INTO goal(id) SELECT a FROM t', 'inneholder «INSERT»'],
    ['WITH t AS (DELETE FROM goal RETURNING *) SELECT * FROM t', 'inneholder «DELETE»'],
    ['SELECT 1; DROP TABLE observation', 'Bare én spørring om gangen'],
    ['SELECT 1; SELECT 2', 'Bare én spørring om gangen'],
    ["SELECT ';' AS s; SELECT 2", 'Bare én spørring om gangen'],
    ['', 'Skriv en spørring først'],
    ['  -- only a comment\n', 'Skriv en spørring først'],
    ['; SELECT 1', 'Skriv en spørring først']
  ])('refuses %j', (text, message) => {
    const check = readOnly(text);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toContain(message);
  });

  test('tells how to quote a column named like a writing word', () => {
    const check = readOnly('SELECT set FROM t');
    expect(check.ok ? '' : check.message).toContain('"set"');
  });
});
