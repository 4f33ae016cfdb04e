// Catalogue: skoleresultater, skolemiljø and barnevern (school results, school environment, child welfare).
import { fhiTable, indicator, upstreamFile, type CatalogueEntry } from './indicator';

/** FHI school indicators in Telemark's label CSV: fractions, the school-year span in «Skoleår». */
const SCHOOL = {
  geo: { name: 'Kommune' },
  year: 'År',
  period: 'Skoleår',
  value: 'Andel',
  scale: 'fraction'
} as const;

const THREE_YEAR = { period_type: '3-year rolling', standardised: true, breakdowns: 'alle' } as const;

function lowestLevel(id: string, subject: 'lesing' | 'regning', grade: 5 | 8): CatalogueEntry {
  const table = subject === 'lesing' ? 670 : 685;
  const trinn = `${grade}. trinn`;
  return indicator({
    ...THREE_YEAR,
    id,
    read: {
      fhi: {
        table: String(table),
        fixed: {
          KJONN: '0',
          UTDANN: '0',
          INNVKAT: '0',
          FERDNIVAA: '1',
          MEASURE_TYPE: 'MEIS',
          TRINN: String(grade)
        }
      },
      labels: {
        ...SCHOOL,
        filters: {
          Kjønn: 'Kjønn samlet',
          Mestringsnivå: 'mestringsnivå 1 (laveste)',
          Klassetrinn: trinn,
          // the column lesing and regning files differ by, so a file is recognised as the one it is
          [subject === 'lesing' ? 'Foreldrenes utdanningsnivå' : 'Utdanningsnivå']: 'alle utdanningsnivåer'
        }
      }
    },
    family: 'skoleresultater',
    unit: 'prosent',
    polarity: 'lower-better',
    name: `Nasjonale prøver i ${subject}, ${grade}. trinn: laveste mestringsnivå`,
    definition: `Andel elever på ${grade}. trinn på laveste mestringsnivå (nivå 1) i ${subject}, treårig gjennomsnitt, standardisert.`,
    source_agency: 'FHI (Kommunehelsa), basert på Udir',
    source_table: `FHI-tabell ${table} (mestringsnivå 1)`,
    source_url: fhiTable(table)
  });
}

export const SKOLE: CatalogueEntry[] = [
  indicator({
    ...THREE_YEAR,
    id: 'grunnskolepoeng',
    read: {
      fhi: {
        table: '362',
        fixed: { KJONN: '0', INNVKAT: '0', MEASURE_TYPE: 'MEIS' },
        breakdown: {
          dimension: 'UTDANN',
          categories: {
            '0': 'alle',
            '1': 'foreldre: grunnskole',
            '2': 'foreldre: videregående',
            '3': 'foreldre: universitet/høgskole'
          }
        }
      },
      labels: {
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
      }
    },
    family: 'skoleresultater',
    name: 'Grunnskolepoeng',
    unit: 'poeng',
    polarity: 'higher-better',
    breakdowns: 'alle|foreldre: grunnskole|foreldre: videregående|foreldre: universitet/høgskole',
    definition:
      'Gjennomsnittlige grunnskolepoeng, treårig gjennomsnitt, standardisert; i alt og etter foreldrenes utdanningsnivå.',
    source_agency: 'FHI (Kommunehelsa), basert på Udir',
    source_table: 'FHI-tabell 362',
    source_url: fhiTable(362),
    analyst: 'FHIs fil lagrer poengene delt på 100 (0,421 = 42,1 poeng); importen ganger med 100.'
  }),
  indicator({
    id: 'grunnskolepoeng_udir',
    read: { udir: { measure: 'Grunnskolepoeng' } },
    family: 'skoleresultater',
    name: 'Grunnskolepoeng (Udir, ettårig)',
    unit: 'poeng',
    polarity: 'higher-better',
    period_type: 'school year',
    breakdowns: 'alle',
    definition:
      'Gjennomsnittlige grunnskolepoeng for elever som gikk ut av 10. trinn, ett skoleår, ikke standardisert. Året er vårsemesteret.',
    source_agency: 'Udir',
    source_table:
      'Udir Statistikkbanken, uttrekk «20220621-1350_Grunnskolepoeng» (xlsx); 2019-20 og 2020-21 bygger bare på standpunktkarakterer (eksamen avlyst)',
    source_url: upstreamFile('Data/02_Opplæring og kompetanse/Grunnskolepoeng Udir.xlsx'),
    note: 'Fylket er Telemark til 2018-19 og Vestfold og Telemark fra 2019-20; de to vises for seg.',
    analyst:
      'Udir bruker kodene som gjaldt ved uttrekket: 08 til 2018-19 og 38 fra 2019-20; 38 skjøtes aldri til 40.'
  }),
  indicator({
    id: 'frafall_vgo',
    read: { udir: { measure: 'Andel sluttet' } },
    family: 'skoleresultater',
    name: 'Sluttet i videregående opplæring (fylkesnivå)',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: 'school year',
    breakdowns: 'alle',
    definition:
      'Andel elever i videregående opplæring som sluttet i løpet av skoleåret (Udirs «andel sluttet»), alle eierformer, alle trinn, begge kjønn. Fylkesnivå: tallet gjelder skolene i fylket, ikke elevenes bostedskommune, så Porsgrunn har ikke eget tall.',
    source_agency: 'Udir',
    source_table:
      'Udir Statistikkbanken, «Sluttet i videregående opplæring», uttrekk «20220505-1453_Slutta_VGO» (CSV); fylkesnivå',
    source_url: upstreamFile('Data/02_Opplæring og kompetanse/20220505-1453_Slutta_VGO.csv'),
    fetched: '2026-12-02',
    note: 'Brudd i serien fra 2018-19: «Behandlingen av elever med ukjent elevstatus er endret» (Udir), så 2018-19 og senere kan ikke sammenlignes direkte med årene før. Bare fylket og landet har tall: fylket er Telemark til 2018-19 og Vestfold og Telemark fra 2019-20, og de to vises for seg.',
    analyst:
      'Udir bruker kodene som gjaldt ved uttrekket: 08 til 2018-19 og 38 fra 2019-20; 38 skjøtes aldri til 40. Stjerne (*) i kilden er skjermet.'
  }),
  lowestLevel('lesing_5', 'lesing', 5),
  lowestLevel('lesing_8', 'lesing', 8),
  lowestLevel('regning_5', 'regning', 5),
  lowestLevel('regning_8', 'regning', 8),
  indicator({
    ...THREE_YEAR,
    id: 'mobbing_7',
    read: {
      fhi: { table: '806', fixed: { KJONN: '0', SPM_ID: '479', TRINN: '7', MEASURE_TYPE: 'MEIS' } },
      labels: { ...SCHOOL, filters: { Kjønn: 'Kjønn samlet', Klassetrinn: '7. trinn' } }
    },
    family: 'skolemiljo',
    name: 'Mobbet, 7. trinn',
    unit: 'prosent',
    polarity: 'lower-better',
    definition:
      'Andel elever på 7. trinn som er mobbet 2-3 ganger i måneden eller oftere (Elevundersøkelsen), treårig, standardisert.',
    source_agency: 'FHI (Kommunehelsa), basert på Udir',
    source_table: 'FHI-tabell 806 (spørsmål 479, 7. trinn)',
    source_url: fhiTable(806)
  }),
  indicator({
    ...THREE_YEAR,
    id: 'trivsel_10',
    read: {
      fhi: { table: '805', fixed: { KJONN: '0', SPM_ID: '307', TRINN: '10', MEASURE_TYPE: 'MEIS' } },
      labels: { ...SCHOOL, filters: { Kjønn: 'Kjønn samlet', Klassetrinn: '10. trinn' } }
    },
    family: 'skolemiljo',
    name: 'Trives på skolen, 10. trinn',
    unit: 'prosent',
    polarity: 'higher-better',
    definition:
      'Andel elever på 10. trinn som trives godt eller svært godt på skolen (Elevundersøkelsen), treårig, standardisert.',
    source_agency: 'FHI (Kommunehelsa), basert på Udir',
    source_table: 'FHI-tabell 805 (spørsmål 307, 10. trinn)',
    source_url: fhiTable(805)
  }),
  indicator({
    id: 'barnevern_tiltak_0_17',
    read: {
      fhi: { table: '337', fixed: { KJONN: '0', ALDER: '0_17', MEASURE_TYPE: 'RATE' } },
      labels: {
        geo: { name: 'Geografi' },
        year: 'År',
        value: 'Andel',
        scale: 'fraction',
        filters: { Kjønn: 'Kjønn samlet', Alder: '0-17' }
      }
    },
    family: 'barnevern',
    name: 'Barn med barnevernstiltak',
    unit: 'prosent',
    polarity: 'neutral',
    period_type: 'annual',
    breakdowns: 'alle',
    definition: 'Andel barn 0-17 år med tiltak fra barnevernet i løpet av året.',
    source_agency: 'FHI (Kommunehelsa), basert på SSB',
    source_table: 'FHI-tabell 337 (andel)',
    source_url: fhiTable(337)
  })
];
