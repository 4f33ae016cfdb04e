// Catalogue: psykisk helse (Ungdata and primary care contacts).
import { fhiTable, indicator, upstreamFile, type CatalogueEntry } from './indicator';

const family = 'psykisk-helse';
const UNGDATA = {
  family,
  unit: 'prosent',
  period_type: 'survey year',
  standardised: true,
  breakdowns: 'alle|jenter|gutter',
  source_agency: 'FHI (Kommunehelsa) / NOVA (Ungdata)',
  source_table:
    'Ungdata-indikator i FHI Kommunehelsa (tabellnummer ikke oppgitt i filen); FHIs «.» i filen = skjermet eller mangler hos FHI',
  note: 'Ungdomsskoleelever (8.-10. trinn). For fylket slår FHI sammen undersøkelser fra flere år: et år uten ny undersøkelse i fylket har omtrent samme tall som året før, og er merket slik.',
  analyst: 'Avrundet til én desimal, som FHI publiserer.'
} as const;

/** Ungdata in Telemark's label CSV: percent already, one decimal as FHI publishes. */
const UNGDATA_LABELS = {
  geo: { name: 'Geografi' },
  year: 'År',
  value: 'value',
  scale: 'percent',
  decimals: 1,
  breakdown: { column: 'Kjønn', values: { 'kjønn samlet': 'alle', jenter: 'jenter', gutter: 'gutter' } },
  pooled:
    'FHI slår sammen undersøkelser: ingen kommune i fylket hadde Ungdata dette året, så tallet bygger på tidligere års undersøkelser (omtrent samme tall som året før)'
} as const;

function primary(id: string, ages: string): CatalogueEntry {
  return indicator({
    id,
    read: {
      fhi: {
        table: '370',
        fixed: { ALDER: ages.replace('-', '_'), KODEGRUPPE: 'P01_P29ogP70_P99', MEASURE_TYPE: 'MEIS' },
        breakdown: { dimension: 'KJONN', categories: { '0': 'alle', '1': 'menn', '2': 'kvinner' } }
      },
      labels: {
        geo: { name: 'Geografi' },
        year: 'År',
        value: 'value',
        scale: 'percent',
        decimals: 1,
        filters: {
          Alder: `${ages} år`,
          Sykdomsgruppe: 'Psykiske symptomer og lidelser',
          Måltall: 'per 1000, standardisert'
        },
        breakdown: { column: 'Kjønn', values: { 'kjønn samlet': 'alle', kvinner: 'kvinner', menn: 'menn' } }
      }
    },
    family,
    name: `Psykiske symptomer og lidelser i primærhelsetjenesten, ${ages} år`,
    unit: 'per 1000',
    polarity: 'neutral',
    period_type: 'annual',
    standardised: true,
    breakdowns: 'alle|kvinner|menn',
    definition: `Personer ${ages} år i kontakt med fastlege eller legevakt for psykiske symptomer og lidelser, per 1000, standardisert.`,
    source_agency: 'FHI (Kommunehelsa), KPR/KUHR',
    source_table: 'FHI-tabell 370 (KPR/KUHR, ICPC-2 P01-P29 og P70-P99)',
    source_url: fhiTable(370),
    analyst: 'Avrundet til én desimal, som FHI publiserer.'
  });
}

export const PSYKISK_HELSE: CatalogueEntry[] = [
  indicator({
    ...UNGDATA,
    id: 'ungdata_psykiske_plager',
    read: { labels: { ...UNGDATA_LABELS, filters: { Plagegrad: 'plaget' } } },
    name: 'Mange psykiske plager (Ungdata)',
    polarity: 'lower-better',
    definition: 'Andel ungdomsskoleelever med mange psykiske plager (depressive symptomer), standardisert.',
    source_url: upstreamFile('Data/08_Folkehelse og levekår/Helsetilstand/psykiske_plager_ungdom.csv')
  }),
  indicator({
    ...UNGDATA,
    id: 'ungdata_livstilfredshet',
    read: { labels: { ...UNGDATA_LABELS, filters: { 'Skala 0-10, tilfredshet': '8_10' } } },
    name: 'Høy livstilfredshet (Ungdata)',
    polarity: 'higher-better',
    definition:
      'Andel ungdomsskoleelever med høy tilfredshet med livet (8-10 på en skala 0-10), standardisert.',
    source_url: upstreamFile('Data/08_Folkehelse og levekår/Helsetilstand/tilfredshet_med_livet_ungdom.csv')
  }),
  indicator({
    ...UNGDATA,
    id: 'ungdata_fornoyd_helsa',
    read: { labels: { ...UNGDATA_LABELS, filters: { 'Fornøydhet med helsa': 'Litt eller svært fornøyd' } } },
    name: 'Fornøyd med egen helse (Ungdata)',
    polarity: 'higher-better',
    definition: 'Andel ungdomsskoleelever som er litt eller svært fornøyd med egen helse, standardisert.',
    source_url: upstreamFile('Data/08_Folkehelse og levekår/Helsetilstand/fornoeyd_med_helsa_ungdom.csv')
  }),
  primary('primaer_psyk_0_14', '0-14'),
  primary('primaer_psyk_15_24', '15-24'),
  primary('primaer_psyk_0_24', '0-24')
];
