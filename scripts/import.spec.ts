// `npm run import` on a copy of data/: dry run, a bad file, a real import reproduced by `npm run data`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../src/lib/dataset/fixtures/corpus';

let dir: string;
const data = () => join(dir, 'data');
const run = (...args: string[]) =>
  spawnSync('npx', ['--no-install', 'tsx', 'scripts/import.ts', ...args], {
    env: { ...process.env, OPPVEKST_DATA_DIR: data() },
    encoding: 'utf8'
  });
const barnevern = () => readFileSync(join(data(), 'barnevern.csv'), 'utf8');
const fixture = (name: string) => resolve(FIXTURES, name);
/** `npm run data` from the copy's data/raw into a new temporary directory, returned (the caller removes it). */
function rebuild(): string {
  const out = mkdtempSync(join(tmpdir(), 'oppvekst-rebuild-'));
  execFileSync('npx', ['--no-install', 'tsx', 'scripts/data.ts', '--raw', join(data(), 'raw'), '--out', out]);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oppvekst-import-'));
  cpSync('data', data(), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
  test('--dry-run prints the diff (old → new) and writes nothing', () => {
    const before = barnevern();
    const r = run('--dry-run', fixture('testdata-fhi-337-revidert.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0 nye rader, 2 endrede verdier, 28 uendrede');
    expect(r.stdout).toContain('barnevern_tiltak_0_17 4001 2024 alle: 2.7 → 2.9');
    expect(barnevern()).toBe(before);
  });

  test("a bad file fails with the upload page's message, and a good file beside it is not written either", () => {
    const before = barnevern();
    const r = run(fixture('bad-tekst-i-verdi.csv'), fixture('testdata-fhi-337-revidert.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'bad-tekst-i-verdi.csv, linje 2, kolonne «value»: «to komma sju» er ikke et tall'
    );
    expect(r.stderr).toContain('Ingen filer i data/ er endret.');
    expect(barnevern()).toBe(before);
  });

  test('a file that names no indicator asks for --indicator', () => {
    const r = run(fixture('udir-elevundersokelsen-mobbing.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Oppgi indikatoren med --indicator <id>');
  });

  test('a file that does not fit the indicator named is stopped with what differs', () => {
    const r = run('--dry-run', '--indicator', 'mobbing_7', fixture('udir-elevundersokelsen-mobbing.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('passer ikke mobbing_7: filen har enkeltskoleår («2020-21»)');
    expect(r.stderr).toContain('Ingen filer i data/ er endret.');
  });

  test('an accepted file is kept in data/raw/imports, wins over the older download, and `npm run data` reproduces the extracts', () => {
    const r = run(fixture('testdata-fhi-337-revidert.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(barnevern()).toContain(
      'barnevern_tiltak_0_17,4001,2024,2024,alle,2.9,,,data/raw/imports/testdata-fhi-337-revidert.json:1'
    );
    expect(readFileSync(join(data(), 'raw/imports/imports.csv'), 'utf8')).toMatch(
      /^file,indicator,imported\ntestdata-fhi-337-revidert.json,,\d{4}-\d\d-\d\d\n$/
    );
    const after = barnevern();
    const out = rebuild();
    expect(readFileSync(join(out, 'barnevern.csv'), 'utf8')).toBe(after);
    rmSync(out, { recursive: true, force: true });
  });
  test('--describe takes a new indicator as the page does; it joins indicators.csv and `npm run data` keeps it', () => {
    const r = run(
      '--describe',
      fixture('beskrivelse-mobbing-vgs.json'),
      fixture('udir-elevundersokelsen-mobbing.csv')
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(Udir CSV, mobbing_vgs): 12 nye rader');
    expect(readFileSync(join(data(), 'indicators.csv'), 'utf8')).toContain(
      'mobbing_vgs,skolemiljo,"Mobbing på skolen, videregående (Udir)"'
    );
    expect(readFileSync(join(data(), 'skolemiljo.csv'), 'utf8')).toMatch(
      /^mobbing_vgs,38,2020-21,2021,alle,/m
    );
    const out = rebuild();
    expect(readFileSync(join(out, 'indicators.csv'), 'utf8')).toBe(
      readFileSync(join(data(), 'indicators.csv'), 'utf8')
    );
    rmSync(out, { recursive: true, force: true });
  });
});
