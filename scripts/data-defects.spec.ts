// The defects an audit found in the extracts (issue 11), each checked on the committed data/*.csv (which the build spec proves equal to a rebuild).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UPSTREAM_COMMIT } from '../src/lib/dataset/catalogue/indicator';
import { FHI_MISSING_REASONS, MISSING_REASONS } from '../src/lib/dataset/missing';
import { parseCsv } from '../src/lib/dataset/parse';

const root = join(import.meta.dirname, '..');
const text = (file: string) => readFileSync(join(root, file), 'utf8');
const rows = (file: string) => parseCsv(file, text(file)).table.rows.map((r) => r.values);
const indicator = (id: string) => rows('data/indicators.csv').find((r) => r.id === id)!;
const series = (file: string, id: string, geo: string, breakdown = 'alle') =>
  rows(file).filter((r) => r.indicator === id && r.geo === geo && r.breakdown === breakdown);

describe('the upstream commit', () => {
  it.each([
    'data/raw/README.md',
    'data/indicators.csv',
    'data/reference/figures-with-sources.csv',
    'src/lib/dataset/catalogue/indicator.ts'
  ])('is cited with its 40 hex digits in %s', (file) => {
    expect(UPSTREAM_COMMIT).toMatch(/^[0-9a-f]{40}$/);
    const cited = [...text(file).matchAll(/[0-9a-f]{12,}/g)].map((m) => m[0]);
    expect(cited).toContain(UPSTREAM_COMMIT);
    expect(cited.filter((c) => c.startsWith('2f2c2110')).every((c) => c === UPSTREAM_COMMIT)).toBe(true);
  });
});

describe('barnehagedekning (SSB 13502 through the county file)', () => {
  it('shows the file’s 2020-2023 «Telemark» rows as Vestfold og Telemark (38), never as 40', () => {
    const telemark = series('data/levekar.csv', 'barnehagedekning', '40');
    expect(telemark.map((r) => r.year)).toEqual(['2024', '2025']);
    const vt = series('data/levekar.csv', 'barnehagedekning', '38');
    expect(vt.map((r) => [r.year, r.value])).toEqual([
      ['2020', '92.5'],
      ['2021', '93.4'],
      ['2022', '93.6'],
      ['2023', '93.9']
    ]);
  });

  it('shows a value the upstream script capped at 100 as missing, with why', () => {
    const [tinn] = series('data/levekar.csv', 'barnehagedekning', '4026').filter((r) => r.year === '2021');
    expect(tinn.value).toBe('');
    expect(tinn.missing).toMatch(/kuttet verdier over 100/);
    expect(
      rows('data/levekar.csv').filter((r) => r.indicator === 'barnehagedekning' && r.value === '100')
    ).toEqual([]);
  });

  it('names SSB table 13502 and children 1-5 år', () => {
    expect(indicator('barnehagedekning').source_table).toMatch(/SSB-tabell 13502/);
    expect(indicator('barnehagedekning').definition).toMatch(/1-5 år/);
  });
});

describe('Ungdata (FHI)', () => {
  const file = 'data/psykisk-helse.csv';
  it('explains FHI’s «.» with FHI’s meaning, not SSB’s', () => {
    const missing = rows(file).filter((r) => r.indicator.startsWith('ungdata_') && r.missing);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.map((r) => r.missing)).toContain('skjermet eller mangler hos FHI (.)');
    const fhi = new Set(Object.values(FHI_MISSING_REASONS));
    expect(missing.filter((r) => !fhi.has(r.missing) || r.missing === MISSING_REASONS['.'])).toEqual([]);
  });

  it('marks a county year without any municipal survey as FHI’s pooled figure', () => {
    const telemark = series(file, 'ungdata_psykiske_plager', '40');
    const noted = (year: string) => telemark.find((r) => r.year === year)!.note;
    const newest = Math.max(...telemark.map((r) => Number(r.year)));
    expect(noted(String(newest))).toMatch(/FHI slår sammen undersøkelser/);
    expect(noted('2024')).toBe('');
    expect(noted('2021')).toBe('');
  });
});

describe('what a series is, said on screen', () => {
  it('helt_ledige is computed by Oppvekstmonitor from NAV’s monthly figures', () => {
    expect(indicator('helt_ledige').source_agency).toMatch(/beregnet av Oppvekstmonitor fra NAVs månedstall/);
  });

  it('barn_en_forsorger is the plan’s figure, not a copy from the county’s repository', () => {
    expect(indicator('barn_en_forsorger').note).not.toMatch(/evensrii/);
  });

  it('lavinntekt_0_17 says on each row which source it comes from, and where the series breaks', () => {
    const porsgrunn = series('data/levekar.csv', 'lavinntekt_0_17', '4001');
    for (const r of porsgrunn)
      expect(r.note).toMatch(r.source.includes('lavinntekt.xlsx') ? /arbeidsfil/ : /Brudd i serien.*403/);
  });

  it('the plan’s 7. trinn trivsel figures sit on no 10. trinn series', () => {
    const seventh = rows('data/plan-figures.csv').filter((r) => /7\. trinn/.test(r.quote));
    expect(seventh.length).toBeGreaterThan(0);
    expect(seventh.every((r) => r.indicator !== 'trivsel_10')).toBe(true);
  });
});

describe('the new indicators from the county’s further files', () => {
  const all = () => [...rows('data/levekar.csv'), ...rows('data/psykisk-helse.csv')];
  it('shows the suppressed cells bor_trangt.csv writes as 0 (Tokke, Vinje) as missing, with the reason', () => {
    const zero = all().filter((r) => r.indicator === 'bor_trangt_0_17' && ['4034', '4036'].includes(r.geo));
    expect(zero.map((r) => [r.geo, r.value, r.missing])).toEqual([
      ['4034', '', 'skjermet (skriptet som lagde filen skrev skjermede tall som 0)'],
      ['4036', '', 'skjermet (skriptet som lagde filen skrev skjermede tall som 0)']
    ]);
  });

  it('never shows the county script’s own weighted mean as Telemark’s pedagognorm', () => {
    expect(all().filter((r) => r.indicator === 'pedagognorm' && r.geo.length < 4)).toEqual([]);
  });

  it('labels the Folkehelseundersøkelsen figures as adults 18+', () => {
    const fhus = rows('data/indicators.csv').filter((r) => r.id.startsWith('fhus_'));
    expect(fhus).toHaveLength(6);
    for (const r of fhus) expect(r.name).toMatch(/voksne 18\+/);
  });

  it('keeps SSB 12272’s county codes apart: Telemark (-2019) is 08, not Vestfold’s 07, and 38 is never 40', () => {
    const geos = new Set(
      all()
        .filter((r) => r.indicator === 'minoritetsspraklige_barnehage')
        .map((r) => r.geo)
    );
    expect(geos.has('07')).toBe(false);
    const vt = all().filter((r) => r.indicator === 'minoritetsspraklige_barnehage' && r.geo === '38');
    expect(vt.map((r) => r.year)).toEqual(['2020', '2021', '2022', '2023']);
  });
});

describe('frafall_vgo (Udir «Slutta VGO», county level)', () => {
  const file = 'data/skoleresultater.csv';
  const of = (geo: string) => series(file, 'frafall_vgo', geo).map((r) => [r.period, r.value]);
  it('shows Udir’s 08 Telemark as Telemark up to 2018-19 and 38 Vestfold og Telemark as 38 after, never as Telemark', () => {
    expect(of('40')).toEqual([
      ['2011-12', '3.4'],
      ['2012-13', '4.1'],
      ['2013-14', '4.1'],
      ['2014-15', '4.4'],
      ['2015-16', '3.9'],
      ['2016-17', '3.9'],
      ['2017-18', '3.7'],
      ['2018-19', '3.7']
    ]);
    expect(of('38')).toEqual([
      ['2019-20', '2.9'],
      ['2020-21', '2.9']
    ]);
  });

  it('has Norway from «Hele landet», not «Utlandet», and no municipality: Porsgrunn has no value', () => {
    expect(of('0').slice(0, 4)).toEqual([
      ['2011-12', '4.2'],
      ['2012-13', '4.2'],
      ['2013-14', '4.1'],
      ['2014-15', '4']
    ]);
    const geos = new Set(
      rows(file)
        .filter((r) => r.indicator === 'frafall_vgo')
        .map((r) => r.geo)
    );
    expect([...geos].sort()).toEqual(['0', '38', '40']);
  });

  it('carries Udir’s break in 2018-19 on every line and says «fylkesnivå» in its name and source', () => {
    const breaks = rows(file).filter(
      (r) => r.indicator === 'frafall_vgo' && /ukjent elevstatus/.test(r.note)
    );
    expect(breaks.map((r) => [r.geo, r.period])).toEqual([
      ['0', '2018-19'],
      ['40', '2018-19']
    ]);
    for (const r of breaks) expect(r.note).toMatch(/^Brudd i serien \(Udir\):/);
    const ind = indicator('frafall_vgo');
    expect([ind.source_agency, ind.period_type, ind.polarity]).toEqual([
      'Udir',
      'school year',
      'lower-better'
    ]);
    expect(ind.name).toMatch(/fylkesnivå/);
    expect(ind.source_table).toMatch(/fylkesnivå/);
    expect(ind.note).toMatch(/Behandlingen av elever med ukjent elevstatus er endret/);
  });
});

describe('the catalogue', () => {
  it('holds at least 36 indicators with real rows, each with agency, table, definition, period type, fetch date, caveats', () => {
    const extracts = ['levekar', 'psykisk-helse', 'skoleresultater', 'skolemiljo', 'barnevern'].flatMap((f) =>
      rows(`data/${f}.csv`)
    );
    const withValues = new Set(extracts.filter((r) => r.value !== '').map((r) => r.indicator));
    const real = rows('data/indicators.csv').filter(
      (r) => withValues.has(r.id) && r.period_type !== 'plan figure'
    );
    expect(real.length).toBeGreaterThanOrEqual(36);
    for (const r of real)
      for (const field of ['source_agency', 'source_table', 'definition', 'period_type', 'fetched', 'note'])
        expect(r[field], `${r.id} ${field}`).not.toBe('');
  });

  it('kulturskole_6_15 has SSB 12061’s county line as Vestfold og Telemark (38) for 2020-2022', () => {
    const vt = series('data/levekar.csv', 'kulturskole_6_15', '38');
    expect(vt.map((r) => [r.year, r.value])).toEqual([
      ['2020', '12.1'],
      ['2021', '12'],
      ['2022', '11']
    ]);
  });
});
