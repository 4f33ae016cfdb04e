// The raw files `npm run data` reads and which catalogue entries each feeds; the reading itself is the registry's (src/lib/dataset/readers/).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INDICATORS } from '../dataset/catalogue/index';
import type { Draft } from '../dataset/draft';
import type { Problem } from '../dataset/problem';
import { readSource } from '../dataset/readers/registry';

/** One file below data/raw and the indicators it feeds (the build names them; an upload of the same file may be asked). */
export interface RawFile {
  file: string;
  feeds: string[];
}

const FHUS = [
  'fhus_ensomhet',
  'fhus_psykiske_plager',
  'fhus_okonomiske_vansker',
  'fhus_organisert_aktivitet',
  'fhus_livstilfredshet',
  'fhus_venner'
];

/** Every file in data/raw that holds figures, in the order their rows are combined. */
export const RAW_FILES: RawFile[] = [
  { file: 'fhi/barnevern.csv', feeds: ['barnevern_tiltak_0_17'] },
  { file: 'fhi/mobbing-7.csv', feeds: ['mobbing_7'] },
  { file: 'fhi/trivsel-10.csv', feeds: ['trivsel_10'] },
  { file: 'fhi/lesing.csv', feeds: ['lesing_5', 'lesing_8'] },
  { file: 'fhi/regning.csv', feeds: ['regning_5', 'regning_8'] },
  { file: 'fhi/grunnskolepoeng.csv', feeds: ['grunnskolepoeng'] },
  { file: 'fhi/ungdata-psykiske-plager.csv', feeds: ['ungdata_psykiske_plager'] },
  { file: 'fhi/ungdata-livstilfredshet.csv', feeds: ['ungdata_livstilfredshet'] },
  { file: 'fhi/ungdata-fornoyd-helsa.csv', feeds: ['ungdata_fornoyd_helsa'] },
  {
    file: 'fhi/primaer-psykisk.csv',
    feeds: ['primaer_psyk_0_14', 'primaer_psyk_15_24', 'primaer_psyk_0_24']
  },
  { file: 'fhi/trangboddhet.csv', feeds: ['trangboddhet'] },
  { file: 'fhi/barnehagedekning.csv', feeds: ['barnehagedekning'] },
  { file: 'fhi/barnevaksinasjon.csv', feeds: ['barnevaksinasjon'] },
  { file: 'fhi/vedvarende-lavinntekt-0-17.csv', feeds: ['lavinntekt_0_17'] },
  { file: 'ssb/unge-utenfor-13556.csv', feeds: ['unge_utenfor_15_29'] },
  { file: 'nav/arbeidsledighet.csv', feeds: ['helt_ledige'] },
  { file: 'ssb/kulturskole-13135.xlsx', feeds: ['kulturskole_6_15'] },
  { file: 'ssb/kulturskole-12061-kommuner.xlsx', feeds: ['kulturskole_6_15'] },
  { file: 'ssb/kulturskole-12061-fylker.xlsx', feeds: ['kulturskole_6_15'] },
  { file: 'udir/grunnskolepoeng-udir.xlsx', feeds: ['grunnskolepoeng_udir'] },
  { file: 'udir/slutta-vgo.csv', feeds: ['frafall_vgo'] },
  { file: 'telemark/lavinntekt.xlsx', feeds: ['lavinntekt_0_17'] },
  { file: 'plan/forebyggende-plan-2023.txt', feeds: ['barn_en_forsorger'] },
  { file: 'telemark/pedagognorm.csv', feeds: ['pedagognorm'] },
  { file: 'ssb/minoritetsspraklige-barnehage.csv', feeds: ['minoritetsspraklige_barnehage'] },
  { file: 'fhi/bor-trangt-0-17.csv', feeds: ['bor_trangt_0_17'] },
  { file: 'fhi/inntektsulikhet.csv', feeds: ['inntektsulikhet'] },
  { file: 'fhi/gjeld-hoy.csv', feeds: ['hoy_gjeld'] },
  { file: 'ssb/sysselsetting.csv', feeds: ['sysselsatte_15_74'] },
  { file: 'fhi/overvekt-17.csv', feeds: ['overvekt_17'] },
  { file: 'fhi/fhus-2021.csv', feeds: FHUS },
  { file: 'fhi/fhus-2025.csv', feeds: FHUS },
  { file: 'fhi/ungdata-smertestillende.csv', feeds: ['ungdata_smertestillende'] }
];

/** The name a raw file has in sources and messages: 'data/raw/fhi/barnevern.csv', whatever rawDir is. */
export const label = (file: string) => `data/raw/${file}`;

/** Reads one raw file through the registry, as the indicators it feeds. */
export async function readRawFile(
  rawDir: string,
  raw: RawFile
): Promise<{ drafts: Draft[]; problems: Problem[] }> {
  const file = label(raw.file);
  const bytes = new Uint8Array(await readFile(join(rawDir, raw.file)));
  const outcome = await readSource(file, bytes, { indicators: INDICATORS, chosen: raw.feeds });
  if ('problems' in outcome) return { drafts: [], problems: outcome.problems };
  if ('choose' in outcome.read)
    return { drafts: [], problems: [{ file, line: 1, column: '', message: outcome.read.choose }] };
  return { drafts: outcome.read.drafts, problems: outcome.read.problems };
}

/** Every raw file's drafts and problems, in RAW_FILES order. */
export async function readRawFiles(rawDir: string): Promise<{ drafts: Draft[]; problems: Problem[] }> {
  const results = await Promise.all(RAW_FILES.map((raw) => readRawFile(rawDir, raw)));
  return { drafts: results.flatMap((r) => r.drafts), problems: results.flatMap((r) => r.problems) };
}
