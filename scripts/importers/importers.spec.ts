import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/lib/dataset/draft';
import { GEOGRAPHIES } from '../../src/lib/dataset/geographies';
import { readSheet } from '../../src/lib/dataset/readers/xlsx';
import { readRawFiles } from '../../src/lib/server/rawFiles';

const rawDir = join(import.meta.dirname, '../../data/raw');
let drafts: Draft[] = [];

beforeAll(async () => {
  const results = await readRawFiles(rawDir);
  expect(results.problems).toEqual([]);
  drafts = results.drafts;
});

const find = (indicator: string, code: string, period: string, breakdown = 'alle') =>
  drafts.filter(
    (d) => d.indicator === indicator && d.code === code && d.period === period && d.breakdown === breakdown
  );

describe('each importer turns its real raw file into rows', () => {
  it.each([
    // indicator, source code, period, breakdown, value, missing, source file:line
    ['barnevern_tiltak_0_17', '0', '2015', 'alle', 4.3, '', 'fhi/barnevern.csv:2'],
    ['grunnskolepoeng', '4001', '2020-2022', 'alle', 42.1, '', 'fhi/grunnskolepoeng.csv:106'],
    ['grunnskolepoeng', '0', '2020-2022', 'alle', 43.3, '', 'fhi/grunnskolepoeng.csv:26'],
    [
      'grunnskolepoeng',
      '4001',
      '2014-2016',
      'foreldre: videregående',
      null,
      'mangler i kilden (tom celle)',
      'fhi/grunnskolepoeng.csv:84'
    ],
    ['mobbing_7', '4001', '2020/21-2022/23', 'alle', 9.2, '', 'fhi/mobbing-7.csv:22'],
    ['mobbing_7', '0', '2018/19-2020/21', 'alle', 5.9, '', 'fhi/mobbing-7.csv:4'],
    [
      'regning_8',
      '4028',
      '2022/23-2024/25',
      'alle',
      null,
      'mangler i kilden (tom celle)',
      'fhi/regning.csv:59'
    ],
    ['lesing_5', '0', '2022/23-2024/25', 'alle', 24.9, '', 'fhi/lesing.csv:2'],
    ['ungdata_psykiske_plager', '4001', '2021', 'alle', 20, '', 'fhi/ungdata-psykiske-plager.csv:77'],
    ['ungdata_psykiske_plager', '0', '2021', 'alle', 17.1, '', 'fhi/ungdata-psykiske-plager.csv:17'],
    [
      'ungdata_fornoyd_helsa',
      '40',
      '2022',
      'alle',
      null,
      'skjermet eller mangler hos FHI (.)',
      'fhi/ungdata-fornoyd-helsa.csv:50'
    ],
    ['ungdata_livstilfredshet', '0', '2021', 'jenter', 38.8, '', 'fhi/ungdata-livstilfredshet.csv:4'],
    ['primaer_psyk_0_14', '0', '2017', 'alle', 56.1, '', 'fhi/primaer-psykisk.csv:11'],
    ['barnevaksinasjon', '4001', '2011-2015', 'meslinger', 94.7, '', 'fhi/barnevaksinasjon.csv:4'],
    ['trangboddhet', '00', '2015', 'innvandrere', 24.3, '', 'fhi/trangboddhet.csv:2'],
    [
      'trangboddhet',
      '4018',
      '2015',
      'innvandrere',
      null,
      'mangler i kilden (tom celle)',
      'fhi/trangboddhet.csv:182'
    ],
    ['barnehagedekning', '00', '2020', 'alle', 92.7, '', 'fhi/barnehagedekning.csv:2'],
    ['barnehagedekning', '38', '2023', 'alle', 93.9, '', 'fhi/barnehagedekning.csv:11'], // the file's 08 is EKA38
    ['lavinntekt_0_17', '4001', '2021-2023', 'alle', 12, '', 'fhi/vedvarende-lavinntekt-0-17.csv:12'],
    ['lavinntekt_0_17', '3806', '2013-2015', 'alle', 9.9, '', 'telemark/lavinntekt.xlsx:11'],
    ['lavinntekt_0_17', '38', '2018-2020', 'alle', 12.5, '', 'telemark/lavinntekt.xlsx:35'],
    ['unge_utenfor_15_29', '4001', '2024', 'alle', 10.8, '', 'ssb/unge-utenfor-13556.csv:2'],
    ['kulturskole_6_15', '0805', '2019', 'alle', 14.3, '', 'ssb/kulturskole-13135.xlsx:46'],
    ['kulturskole_6_15', '3806', '2020', 'alle', 14.2, '', 'ssb/kulturskole-13135.xlsx:10'],
    [
      'kulturskole_6_15',
      '3806',
      '2019',
      'alle',
      null,
      'ikke mulig å oppgi (.)',
      'ssb/kulturskole-13135.xlsx:10'
    ],
    ['grunnskolepoeng_udir', '0805', '2015-16', 'alle', 40.4, '', 'udir/grunnskolepoeng-udir.xlsx:1597'],
    ['grunnskolepoeng_udir', '38', '2020-21', 'alle', 42.9, '', 'udir/grunnskolepoeng-udir.xlsx:2240'],
    ['grunnskolepoeng_udir', '08', '2018-19', 'alle', 40.6, '', 'udir/grunnskolepoeng-udir.xlsx:1568'],
    ['frafall_vgo', '08', '2018-19', 'alle', 3.7, '', 'udir/slutta-vgo.csv:471'],
    ['frafall_vgo', '38', '2019-20', 'alle', 2.9, '', 'udir/slutta-vgo.csv:614'],
    ['frafall_vgo', '0', '2017-18', 'alle', 3.8, '', 'udir/slutta-vgo.csv:3'],
    [
      'barn_en_forsorger',
      '4001',
      'Folkehelseprofil 2023',
      'alle',
      19.1,
      '',
      'plan/forebyggende-plan-2023.txt:990'
    ],
    [
      'barn_en_forsorger',
      '0',
      'Folkehelseprofil 2023',
      'alle',
      14.7,
      '',
      'plan/forebyggende-plan-2023.txt:990'
    ],
    [
      'barn_en_forsorger',
      '38',
      'Folkehelseprofil 2023',
      'alle',
      17,
      '',
      'plan/forebyggende-plan-2023.txt:992'
    ]
  ])('%s %s %s %s is %j %j at %s', (indicator, code, period, breakdown, value, missing, source) => {
    const rows = find(indicator, code, period, breakdown).filter(
      (r) => r.file === `data/raw/${source.split(':')[0]}`
    );
    expect(rows).toHaveLength(1);
    expect([rows[0].value, rows[0].missing, `${rows[0].file}:${rows[0].line}`]).toEqual([
      value,
      missing,
      `data/raw/${source}`
    ]);
  });

  it('reads NAV helt ledige as the mean of twelve monthly shares, skipping the incomplete year', () => {
    const lines = readFileSync(join(rawDir, 'nav/arbeidsledighet.csv'), 'utf8').split('\n');
    const monthly = lines.filter(
      (l) => l.startsWith('Telemark kommuner,Porsgrunn,Helt ledige,Begge kjønn,') && /,2019-\d\d-01$/.test(l)
    );
    expect(monthly).toHaveLength(12);
    const mean = monthly.map((l) => Number(l.split(',')[5])).reduce((a, b) => a + b, 0) / 12;
    expect(find('helt_ledige', '4001', '2019')[0].value).toBeCloseTo(mean * 100, 2);
    expect(find('helt_ledige', '40', '2025')).toHaveLength(1);
    expect(find('helt_ledige', '4001', '2026')).toEqual([]);
  });

  it('writes exam-cancelled notes on Udir 2019-20 and 2020-21 only', () => {
    const notes = ['2018-19', '2019-20', '2020-21'].map((p) =>
      find('grunnskolepoeng_udir', '3806', p)[0].note.includes('eksamener for elever i grunnskolen avlyst')
    );
    expect(notes).toEqual([false, true, true]);
  });

  it('drops Vestfold municipalities and keeps Bø and Sauherad apart', () => {
    expect(drafts.some((d) => ['3801', '3805', '0701', '0709'].includes(d.code))).toBe(false);
    expect(find('kulturskole_6_15', '0821', '2019')[0].value).toBe(28.9);
  });

  it('the geography table matches how SSB 13135 labels Telemark municipalities (code and name)', async () => {
    const rows = await readSheet(new Uint8Array(readFileSync(join(rawDir, 'ssb/kulturskole-13135.xlsx'))));
    const labels = new Set(rows.map((r) => String(r[0])));
    const telemark = GEOGRAPHIES.filter((g) => g.level === 'kommune' && /^(38|08)/.test(g.code));
    for (const g of telemark)
      expect(labels.has(g.valid_to === 2019 ? `${g.code} ${g.name} (-2019)` : `${g.code} ${g.name}`)).toBe(
        true
      );
  });
});
