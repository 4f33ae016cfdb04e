// Every API query agrees with the catalogue's reading of its indicator: same table, and the body asks for the categories the reader keeps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fhiTableOf } from '../readers/fhiTables';
import { parseRequest, QUERIED, queryOf, requestOf } from './queries';

const requestsDir = join(import.meta.dirname, '../../../../data/raw/queries');
/** Dimensions the FHI reader places values by; every other dimension must be fixed or the breakdown. */
const PLACING = ['GEO', 'AAR', 'KJONN'];

describe('catalogue queries', () => {
  test.each(QUERIED.filter((id) => queryOf(id)?.agency === 'FHI'))(
    '%s: the request file names the table the catalogue reads and asks for exactly its categories',
    (id) => {
      const query = queryOf(id)!;
      if (query.agency !== 'FHI') throw new Error('not FHI');
      const request = parseRequest(readFileSync(join(requestsDir, query.request), 'utf8'));
      if (typeof request === 'string') throw new Error(request);
      const reading = fhiTableOf(id);
      expect(reading?.table).toBe(query.table);
      expect(request.table).toBe(query.table);
      const dims = new Map(
        (JSON.parse(request.body).dimensions as { code: string; values: string[] }[]).map((d) => [
          d.code,
          d.values
        ])
      );
      for (const [code, category] of Object.entries(reading!.fixed))
        expect(dims.get(code)).toContain(category);
      const known = new Set([...PLACING, ...Object.keys(reading!.fixed), reading!.breakdown?.dimension]);
      expect([...dims.keys()].filter((d) => !known.has(d))).toEqual([]);
    }
  );

  test('an FHI request is POSTed to the given base with the file body; a broken file is named', () => {
    const r = requestOf(
      { agency: 'FHI', table: '337', request: 'fhi/x.txt' },
      'http://127.0.0.1:9',
      'https://statistikk-data.fhi.no/api/open/v1/nokkel/Table/337/data\n{"a":1}'
    );
    expect(r).toMatchObject({
      url: 'http://127.0.0.1:9/nokkel/Table/337/data',
      init: { method: 'POST', body: '{"a":1}' }
    });
    expect(requestOf({ agency: 'FHI', table: '337', request: 'fhi/x.txt' }, 'b', 'ikke en adresse')).toMatch(
      /^fhi\/x\.txt: første linje/
    );
  });

  test('an SSB query is a GET with lang, json-stat2 and one valueCodes parameter per dimension', () => {
    const r = requestOf(
      { agency: 'SSB', table: '12275', valueCodes: { Region: '4001,40', Tid: 'top(5)' } },
      'http://h'
    );
    expect(typeof r === 'string' ? r : decodeURIComponent(r.url)).toBe(
      'http://h/tables/12275/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=4001,40&valueCodes[Tid]=top(5)'
    );
  });
});
