// Catalogue: skoleresultater, skolemiljø and barnevern (school results, school environment, child welfare).
import type { Indicator } from '../../src/lib/dataset/schema';
import { fhiTable, indicator, upstreamFile } from './indicator';

const THREE_YEAR = { period_type: '3-year rolling', standardised: true, breakdowns: 'alle' } as const;

function lowestLevel(id: string, subject: 'lesing' | 'regning', grade: 5 | 8): Indicator {
  const table = subject === 'lesing' ? 670 : 685;
  return indicator({
    ...THREE_YEAR,
    id,
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

export const SKOLE: Indicator[] = [
  indicator({
    ...THREE_YEAR,
    id: 'grunnskolepoeng',
    family: 'skoleresultater',
    name: 'Grunnskolepoeng',
    unit: 'poeng',
    polarity: 'higher-better',
    breakdowns: 'alle|foreldre: grunnskole|foreldre: videregående|foreldre: universitet/høgskole',
    definition:
      'Gjennomsnittlige grunnskolepoeng, treårig gjennomsnitt, standardisert; i alt og etter foreldrenes utdanningsnivå.',
    source_agency: 'FHI (Kommunehelsa), basert på Udir',
    source_table: 'FHI-tabell 362 (filen lagrer poengene delt på 100: 0,421 = 42,1 poeng)',
    source_url: fhiTable(362)
  }),
  indicator({
    id: 'grunnskolepoeng_udir',
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
    note: 'Udir bruker kodene som gjaldt ved uttrekket: fylket er Telemark (08) til 2018-19 og Vestfold og Telemark (38) fra 2019-20; 38 skjøtes aldri til 40.'
  }),
  lowestLevel('lesing_5', 'lesing', 5),
  lowestLevel('lesing_8', 'lesing', 8),
  lowestLevel('regning_5', 'regning', 5),
  lowestLevel('regning_8', 'regning', 8),
  indicator({
    ...THREE_YEAR,
    id: 'mobbing_7',
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
