// `npm run update` against a local replay of FHI's open API (node:http on port 0), on a copy of data/: never the internet, never data/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../src/lib/dataset/parse';
import { queryOf } from '../src/lib/dataset/catalogue/queries';

const ID = 'barnevern_tiltak_0_17';
/** TEST DATA: the one value the replay revises (Porsgrunn's newest year, +0.4 points); every other value is the extract's own. */
const REVISED = 0.4;

let dir: string;
let server: Server;
let base: string;
let answer: (body: string) => { status: number; text: string };
const requests: { method: string; url: string; body: string }[] = [];
const data = () => join(dir, 'data');

/** The extract's rows of the indicator, as data/barnevern.csv has them now. */
function extractRows() {
  const text = readFileSync('data/barnevern.csv', 'utf8');
  return parseCsv('data/barnevern.csv', text)
    .table.rows.map((r) => r.values)
    .filter((v) => v.indicator === ID);
}

/** A json-stat2 answer of FHI table 337 built from the extract, Porsgrunn's newest value revised (clearly labelled test data). */
function replay337() {
  const rows = extractRows();
  const geos = [...new Set(rows.map((r) => r.geo))];
  const years = [...new Set(rows.map((r) => r.period))].sort();
  const newest = years.at(-1)!;
  const at = new Map(rows.map((r) => [`${r.geo}|${r.period}`, r]));
  const value = geos.flatMap((g) =>
    years.map((y) => {
      const v = Number(at.get(`${g}|${y}`)?.value);
      return g === '4001' && y === newest ? Math.round((v + REVISED) * 10) / 10 : v;
    })
  );
  const category = (codes: string[], label: (c: string) => string) => ({
    index: codes,
    label: Object.fromEntries(codes.map((c) => [c, label(c)]))
  });
  const json = {
    version: '2.0',
    class: 'dataset',
    label: 'TESTDATA (ikke ekte tall): FHI-tabell 337 fra data/barnevern.csv, én verdi revidert',
    source: 'Folkehelseinstituttet',
    id: ['GEO', 'AAR', 'KJONN', 'ALDER', 'MEASURE_TYPE'],
    size: [geos.length, years.length, 1, 1, 1],
    dimension: {
      GEO: { label: 'Geografi', category: category(geos, (c) => c) },
      AAR: {
        label: 'År',
        category: category(
          years.map((y) => `${y}_${y}`),
          (c) => c.slice(0, 4)
        )
      },
      KJONN: { label: 'Kjønn', category: category(['0'], () => 'kjønn samlet') },
      ALDER: { label: 'Alder', category: category(['0_17'], () => '0-17 år') },
      MEASURE_TYPE: { label: 'Måltall', category: category(['RATE'], () => 'andel (prosent)') }
    },
    value
  };
  const old = at.get(`4001|${newest}`)!.value;
  return {
    text: JSON.stringify(json),
    newest,
    old,
    revised: value[geos.indexOf('4001') * years.length + years.length - 1]
  };
}

/** The registered KOSTRA series the replay answers for (catalogue/oppfolging.ts): never fetched, no rows in data/. */
const KOSTRA = { id: 'barnevern_tiltak_kostra', table: '12275' };
/** TEST DATA, not SSB's figures: made-up values, only ever in a dry run on a copy of data/. */
const KOSTRA_TEST_VALUES = [1.1, 1.2, 2.1, 2.2, 3.1, 3.2];

/** A json-stat2 answer of a KOSTRA table as PxWebApi v2 documents it: region dimension KOKkommuneregion0000 (4001, EKA40, EAK). */
function kostraReplay() {
  const category = (codes: string[], label: (c: string) => string) => ({
    index: Object.fromEntries(codes.map((c, i) => [c, i])),
    label: Object.fromEntries(codes.map((c) => [c, label(c)]))
  });
  const regions = { '4001': 'Porsgrunn', EKA40: 'Telemark (fylke)', EAK: 'Landet' };
  return JSON.stringify({
    version: '2.0',
    class: 'dataset',
    label: `TESTDATA (ikke ekte tall): ${KOSTRA.table}: Barnevern, etter region, statistikkvariabel og år`,
    source: 'Statistisk sentralbyrå',
    id: ['KOKkommuneregion0000', 'ContentsCode', 'Tid'],
    size: [3, 1, 2],
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['KOKkommuneregion0000'] },
    dimension: {
      KOKkommuneregion0000: {
        label: 'region',
        category: category(Object.keys(regions), (c) => regions[c as keyof typeof regions])
      },
      ContentsCode: {
        label: 'statistikkvariabel',
        category: category(['KOSbvbarnhotilta0001'], () => 'Andel barn med barnevernstiltak (TESTDATA)')
      },
      Tid: { label: 'år', category: category(['2023', '2024'], (c) => c) }
    },
    extension: { px: { tableid: KOSTRA.table } },
    value: KOSTRA_TEST_VALUES
  });
}

/** Runs the script (asynchronously: the replay server lives in this process) with the replay as FHI's API. */
function update(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npx', ['--no-install', 'tsx', 'scripts/update.ts', ...args], {
      env: { ...process.env, OPPVEKST_DATA_DIR: data(), OPPVEKST_FHI_API: base, OPPVEKST_SSB_API: base }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** A hash of every file below `root`, by relative path. */
function hashes(root: string, sub = ''): Record<string, string> {
  return Object.assign(
    {},
    ...readdirSync(join(root, sub)).map((name) => {
      const rel = join(sub, name);
      return statSync(join(root, rel)).isDirectory()
        ? hashes(root, rel)
        : {
            [rel]: createHash('sha256')
              .update(readFileSync(join(root, rel)))
              .digest('hex')
          };
    })
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oppvekst-update-'));
  cpSync('data', data(), { recursive: true });
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (b) => (body += b));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', body });
      const found = req.method === 'POST' && req.url === '/nokkel/Table/337/data';
      const kostra = req.method === 'GET' && req.url?.startsWith(`/tables/${KOSTRA.table}/data?`);
      const { status, text } = found
        ? answer(body)
        : kostra
          ? { status: 200, text: kostraReplay() }
          : { status: 404, text: 'ukjent tabell' };
      res.writeHead(status, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run update', () => {
  test('--dry-run posts the catalogue query, prints the revised value old → new and changes no file', async () => {
    const replay = replay337();
    answer = () => ({ status: 200, text: replay.text });
    const before = hashes(data());
    const r = await update('--dry-run', ID);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(requests.at(-1)).toMatchObject({ method: 'POST', url: '/nokkel/Table/337/data' });
    const query = queryOf(ID);
    const file = query?.agency === 'FHI' ? query.request : '';
    const request = readFileSync(join('data/raw/queries', file), 'utf8').split('\n').slice(1).join('\n');
    expect(JSON.parse(requests.at(-1)!.body)).toEqual(JSON.parse(request));
    expect(r.stdout).toContain('1 endrede verdier');
    expect(r.stdout).toContain(`${ID} 4001 ${replay.newest} alle: ${replay.old} → ${replay.revised}`);
    expect(hashes(data())).toEqual(before);
  });

  test.each([
    ['an HTTP 500', { status: 500, text: 'Internal Server Error' }, 'HTTP 500'],
    [
      'a malformed answer (json-stat without its dimensions)',
      { status: 200, text: '{"class":"dataset","version":"2.0","value":[1,2]}' },
      'svaret kunne ikke leses'
    ]
  ])("%s is reported by the source's name, exits 1 and changes no file", async (_, reply, said) => {
    answer = () => reply;
    const before = hashes(data());
    const r = await update(ID);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`FHI-tabell 337 (${ID}) feilet: ${said}`);
    expect(hashes(data())).toEqual(before);
  });

  test('a refused connection is reported as a network error by name, exits 1 and changes no file', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const before = hashes(data());
    const r = await update(ID, `--fhi-api=http://127.0.0.1:${port}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`FHI-tabell 337 (${ID}) feilet: nettverksfeil`);
    expect(hashes(data())).toEqual(before);
  });

  test('a KOSTRA answer placed by KOKkommuneregion0000 is read (EAK as Norway, EKA40 as Telemark) and a dry run writes nothing', async () => {
    const before = hashes(data());
    const r = await update('--dry-run', KOSTRA.id);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sent = new URL(requests.at(-1)!.url, base);
    expect(sent.pathname).toBe(`/tables/${KOSTRA.table}/data`);
    expect(sent.searchParams.get('valueCodes[KOKkommuneregion0000]')).toBe('4001,EKA40,EAK');
    expect(r.stdout).toContain('6 nye rader, 0 endrede verdier');
    expect(r.stdout).toContain(`ny: ${KOSTRA.id} 0 2024 alle: 3.2`);
    expect(r.stdout).toContain(`ny: ${KOSTRA.id} 40 2023 alle: 2.1`);
    expect(r.stdout).toContain(`ny: ${KOSTRA.id} 4001 2024 alle: 1.2`);
    expect(hashes(data())).toEqual(before);
  });

  test('without --dry-run the answer is kept in data/raw and the extract carries the revised value', async () => {
    const replay = replay337();
    answer = () => ({ status: 200, text: replay.text });
    const before = readFileSync(join(data(), 'barnevern.csv'), 'utf8');
    const r = await update(ID);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const after = readFileSync(join(data(), 'barnevern.csv'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain(`${ID},4001,${replay.newest},${replay.newest},alle,${replay.revised},`);
    expect(readFileSync(join(data(), 'raw/imports/fhi-337-barnevern_tiltak_0_17.json'), 'utf8')).toBe(
      replay.text
    );
  });

  test('an answer with nothing new is not kept: the tree stays as it is (no weekly pull request)', async () => {
    const replay = replay337();
    answer = () => ({ status: 200, text: replay.text });
    const before = hashes(data());
    const r = await update(ID);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0 nye rader, 0 endrede verdier');
    expect(r.stdout).toContain('Ingen nye eller endrede verdier; ingenting er skrevet.');
    expect(hashes(data())).toEqual(before);
  });
});
