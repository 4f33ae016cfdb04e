// Which FHI file, column and filter each FHI indicator is read from.
import type { FhiSource } from './fhi';

const SCHOOL = {
  geo: { name: 'Kommune' },
  year: 'År',
  period: 'Skoleår',
  value: 'Andel',
  scale: 'fraction'
} as const;
const UNGDATA = {
  geo: { name: 'Geografi' },
  year: 'År',
  value: 'value',
  scale: 'percent',
  decimals: 1
} as const;
const SEX_UNGDATA = {
  column: 'Kjønn',
  values: { 'kjønn samlet': 'alle', jenter: 'jenter', gutter: 'gutter' }
};
const LOWEST = { Kjønn: 'Kjønn samlet', Mestringsnivå: 'mestringsnivå 1 (laveste)' };

function primary(indicator: string, age: string): FhiSource {
  return {
    indicator,
    file: 'fhi/primaer-psykisk.csv',
    geo: { name: 'Geografi' },
    year: 'År',
    value: 'value',
    scale: 'percent',
    decimals: 1,
    filters: {
      Alder: age,
      Sykdomsgruppe: 'Psykiske symptomer og lidelser',
      Måltall: 'per 1000, standardisert'
    },
    breakdown: { column: 'Kjønn', values: { 'kjønn samlet': 'alle', kvinner: 'kvinner', menn: 'menn' } }
  };
}

/** The FHI indicators, one entry per indicator (lesing and regning read two indicators from one file each). */
export const FHI_SOURCES: FhiSource[] = [
  {
    indicator: 'barnevern_tiltak_0_17',
    file: 'fhi/barnevern.csv',
    geo: { name: 'Geografi' },
    year: 'År',
    value: 'Andel',
    scale: 'fraction',
    filters: { Kjønn: 'Kjønn samlet', Alder: '0-17' }
  },
  {
    indicator: 'mobbing_7',
    file: 'fhi/mobbing-7.csv',
    ...SCHOOL,
    filters: { Kjønn: 'Kjønn samlet', Klassetrinn: '7. trinn' }
  },
  {
    indicator: 'trivsel_10',
    file: 'fhi/trivsel-10.csv',
    ...SCHOOL,
    filters: { Kjønn: 'Kjønn samlet', Klassetrinn: '10. trinn' }
  },
  {
    indicator: 'lesing_5',
    file: 'fhi/lesing.csv',
    ...SCHOOL,
    filters: { ...LOWEST, Klassetrinn: '5. trinn' }
  },
  {
    indicator: 'lesing_8',
    file: 'fhi/lesing.csv',
    ...SCHOOL,
    filters: { ...LOWEST, Klassetrinn: '8. trinn' }
  },
  {
    indicator: 'regning_5',
    file: 'fhi/regning.csv',
    ...SCHOOL,
    filters: { ...LOWEST, Klassetrinn: '5. trinn' }
  },
  {
    indicator: 'regning_8',
    file: 'fhi/regning.csv',
    ...SCHOOL,
    filters: { ...LOWEST, Klassetrinn: '8. trinn' }
  },
  {
    indicator: 'grunnskolepoeng',
    file: 'fhi/grunnskolepoeng.csv',
    ...SCHOOL,
    period: 'År (intervall)',
    filters: { Kjønn: 'Kjønn samlet', Innvandringsbakgrunn: 'totalt' },
    breakdown: {
      column: 'Foreldrenes utdanningsnivå',
      values: {
        totalt: 'alle',
        grunnskole: 'foreldre: grunnskole',
        videregående: 'foreldre: videregående',
        'universitet/ høgskole': 'foreldre: universitet/høgskole'
      }
    }
  },
  {
    indicator: 'ungdata_psykiske_plager',
    file: 'fhi/ungdata-psykiske-plager.csv',
    ...UNGDATA,
    filters: { Plagegrad: 'plaget' },
    breakdown: SEX_UNGDATA
  },
  {
    indicator: 'ungdata_livstilfredshet',
    file: 'fhi/ungdata-livstilfredshet.csv',
    ...UNGDATA,
    filters: { 'Skala 0-10, tilfredshet': '8_10' },
    breakdown: SEX_UNGDATA
  },
  {
    indicator: 'ungdata_fornoyd_helsa',
    file: 'fhi/ungdata-fornoyd-helsa.csv',
    ...UNGDATA,
    filters: { 'Fornøydhet med helsa': 'Litt eller svært fornøyd' },
    breakdown: SEX_UNGDATA
  },
  primary('primaer_psyk_0_14', '0-14 år'),
  primary('primaer_psyk_15_24', '15-24 år'),
  primary('primaer_psyk_0_24', '0-24 år'),
  {
    indicator: 'trangboddhet',
    file: 'fhi/trangboddhet.csv',
    geo: { code: 'Kommunenummer' },
    year: 'År',
    value: 'Andel',
    scale: 'fraction',
    decimals: 1,
    filters: { Alder: 'alle aldre' },
    breakdown: { column: 'Innvandringsbakgrunn', values: { totalt: 'alle', innvandrere: 'innvandrere' } }
  },
  {
    indicator: 'barnehagedekning',
    file: 'fhi/barnehagedekning.csv',
    geo: { code: 'Kommunenummer' },
    year: 'År',
    value: 'Andel',
    scale: 'fraction'
  },
  {
    indicator: 'barnevaksinasjon',
    file: 'fhi/barnevaksinasjon.csv',
    geo: { name: 'Kommune' },
    year: 'År',
    period: 'År (intervall)',
    value: 'Andel',
    scale: 'fraction',
    filters: { Kjønn: 'Kjønn samlet', Alder: '9 år' },
    breakdown: {
      column: 'Vaksine mot',
      values: {
        Meslinger: 'meslinger',
        Difteri: 'difteri',
        Kikhoste: 'kikhoste',
        Poliomyelitt: 'poliomyelitt'
      }
    }
  }
];
