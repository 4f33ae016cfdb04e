// Checks our extracts against data/reference/figures-with-sources.csv: hand-checked values with their sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { geography } from '../src/lib/dataset/geographies';
import { parseCsv } from '../src/lib/dataset/parse';
import { buildExtracts } from './build-extracts';

const root = join(import.meta.dirname, '..');

/** Reference indicator id → our indicator and breakdown. Ids not listed have no counterpart (see SKIPPED). */
const INDICATOR_MAP: Record<string, [string, string?]> = {
  barnevern_tiltak_0_17: ['barnevern_tiltak_0_17'],
  mobbing_7trinn_3aar: ['mobbing_7'],
  trivsel_10trinn_3aar: ['trivsel_10'],
  np_lesing_lavest_5trinn: ['lesing_5'],
  np_lesing_lavest_8trinn: ['lesing_8'],
  np_regning_lavest_5trinn: ['regning_5'],
  np_regning_lavest_8trinn: ['regning_8'],
  grunnskolepoeng_fhi_3aar: ['grunnskolepoeng', 'alle'],
  grunnskolepoeng_fhi_3aar_foreldre_grunnskole: ['grunnskolepoeng', 'foreldre: grunnskole'],
  grunnskolepoeng_fhi_3aar_foreldre_vgs: ['grunnskolepoeng', 'foreldre: videregående'],
  grunnskolepoeng_fhi_3aar_foreldre_uh: ['grunnskolepoeng', 'foreldre: universitet/høgskole'],
  ungdata_psykiske_plager: ['ungdata_psykiske_plager'],
  ungdata_hoy_livstilfredshet: ['ungdata_livstilfredshet'],
  ungdata_fornoyd_helsa: ['ungdata_fornoyd_helsa'],
  kuhr_psyk_symptomer_lidelser_0_14: ['primaer_psyk_0_14'],
  kuhr_psyk_symptomer_lidelser_15_24: ['primaer_psyk_15_24'],
  kuhr_psyk_symptomer_lidelser_0_24: ['primaer_psyk_0_24'],
  lavinntekt_barn_0_17: ['lavinntekt_0_17'],
  unge_utenfor_neet_15_29: ['unge_utenfor_15_29'],
  grunnskolepoeng_udir_1aar: ['grunnskolepoeng_udir']
};

/** Reference ids with no counterpart here, and why. */
const SKIPPED: Record<string, string> = {
  nav_helt_ledige: 'monthly figures; we hold yearly means',
  nav_nedsatt_arbeidsevne_18_29: 'not an indicator here',
  kuhr_psyk_symptomer_0_24: 'split by symptoms/disorders',
  kuhr_psyk_lidelser_0_24: 'split',
  kuhr_psyk_symptomer_0_14: 'split',
  kuhr_psyk_lidelser_0_14: 'split',
  kuhr_psyk_symptomer_15_24: 'split',
  kuhr_psyk_lidelser_15_24: 'split',
  grunnskolepoeng_udir_1aar_prelim: 'preliminary August 2017 figures, a different vintage',
  ungdata_trives_skolen: 'news article summary',
  ungdata_fornoyd_foreldre: 'news',
  ungdata_mobbet_14dag: 'news',
  ungdata_mobbet_nett_14dag: 'news',
  ungdata_organisert_aktivitet: 'news',
  ungdata_trener_ukentlig: 'news',
  ungdata_skjerm_3t: 'news'
};

const SEX: Record<string, string> = { all: 'alle', female: 'jenter', male: 'gutter' };
/** Reference periods written differently: Udir school years '2015/2016' are our '2015-16'. */
const period = (label: string) => label.replace(/^(\d{4})\/\d{2}(\d{2})$/, '$1-$2');

it('every reference value with a counterpart equals ours within the reference rounding (1 decimal)', async () => {
  const reference = parseCsv(
    'figures-with-sources.csv',
    readFileSync(join(root, 'data/reference/figures-with-sources.csv'), 'utf8')
  ).table.rows;
  const { files } = await buildExtracts(join(root, 'data/raw'));
  const ours = new Map<string, string>();
  for (const [name, text] of files) {
    if (['indicators.csv', 'geographies.csv', 'goals.csv'].includes(name)) continue;
    for (const { values: o } of parseCsv(name, text).table.rows)
      ours.set([o.indicator, o.geo, o.period, o.breakdown].join('|'), o.value);
  }
  const mismatches: string[] = [];
  let compared = 0;
  for (const { line, values: r } of reference) {
    const mapped = INDICATOR_MAP[r.indicator_id];
    if (!mapped) {
      expect(
        SKIPPED[r.indicator_id],
        `reference id ${r.indicator_id} is neither mapped nor skipped`
      ).toBeDefined();
      continue;
    }
    const [indicator, breakdown] = mapped;
    const geo = geography(r.geo_code)!.harmonised || r.geo_code;
    const key = [indicator, geo, period(r.period), breakdown ?? SEX[r.sex]].join('|');
    const value = ours.get(key);
    compared++;
    if (value === undefined || value === '' || Math.abs(Number(value) - Number(r.value)) > 0.05 + 1e-9)
      mismatches.push(`line ${line}: ${key} reference ${r.value}, ours ${value}`);
  }
  expect(mismatches).toEqual([]);
  expect(compared).toBeGreaterThan(300);
});
