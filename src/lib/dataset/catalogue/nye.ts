// Catalogue: indicators from the county's further files (issue 11): barnehage, housing, income, work, health at 17, adults' survey, Ungdata.
import { fhiTable, indicator, upstreamFile, type CatalogueEntry } from './indicator';

const OPPVEKST = 'Data/08_Folkehelse og levekår/Oppvekst og levekår';
const FHUS_FILES = 'Data/Folkehelseundersøkelsen/2025/PBI inndata';
const SUPPRESSED_ZERO = 'skjermet (skriptet som lagde filen skrev skjermede tall som 0)';

/** Folkehelseundersøkelsen (adults 18+) in the county's frequency tables: one variable and answer, weighted share. */
function fhus(
  id: string,
  name: string,
  variable: string,
  answer: string,
  polarity: 'lower-better' | 'higher-better',
  definition: string
): CatalogueEntry {
  return indicator({
    id,
    read: {
      labels: {
        geo: { code: 'Kommunenummer' },
        year: 'Årstall',
        value: 'Andel_vektet',
        scale: 'fraction',
        decimals: 1,
        filters: { Variabel: variable, Svar: answer }
      }
    },
    family: 'psykisk-helse',
    name: `${name} (voksne 18+, Folkehelseundersøkelsen)`,
    unit: 'prosent',
    polarity,
    period_type: 'survey year',
    breakdowns: 'alle',
    definition: `Voksne 18 år og eldre, ikke barn: ${definition} Vektet andel av de som svarte.`,
    source_agency: 'FHI (Folkehelseundersøkelsen i Telemark)',
    source_table: `Folkehelseundersøkelsen 2021 og 2025, frekvenstabeller (variabel «${variable}», svar «${answer}»)`,
    source_url: upstreamFile(`${FHUS_FILES}/frequency_tables_all_kommuner_2025_999_only.csv`),
    note: 'Gjelder voksne 18+, ikke barn og unge. Utvalgsundersøkelse: små kommuner har få svar og stor usikkerhet. Spørsmål og metode kan avvike noe mellom 2021 og 2025.'
  });
}

export const NYE: CatalogueEntry[] = [
  indicator({
    id: 'pedagognorm',
    read: {
      singlePeriod: {
        note: 'Året er da tallet ble hentet fra barnehagefakta.no, ikke et barnehageår.',
        skip: ['Telemark', 'Landet'],
        suppressedZero:
          '0 i filen; ikke kontrollert mot barnehagefakta.no (kan være skjermet eller en feil i skriptet)'
      }
    },
    family: 'levekar',
    name: 'Barnehager som oppfyller pedagognormen',
    unit: 'prosent',
    polarity: 'higher-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition:
      'Andel barnehager i kommunen som oppfyller pedagognormen (minst én pedagogisk leder per 7 barn under 3 år og per 14 barn over 3 år).',
    source_agency: 'Udir (barnehagefakta.no), via Telemark fylkeskommunes fil',
    source_table: 'barnehagefakta.no, pedagognormen per barnehage (andel barnehager)',
    source_url: upstreamFile(`${OPPVEKST}/pedagognorm_barnehager.csv`),
    note: 'Bare kommunene vises. Kviteseid og Fyresdal mangler tall.',
    analyst:
      'Filens «Telemark» er skriptets eget vektede snitt og «Landet» har ukjent grunnlag: ingen av dem vises. Kviteseid og Fyresdal står med 0 i filen og vises som manglende.'
  }),
  indicator({
    id: 'minoritetsspraklige_barnehage',
    read: {
      labels: {
        geo: { code: 'Kommunenummer' },
        year: 'År',
        value: 'Andel',
        scale: 'fraction',
        decimals: 1,
        columns: ['SortKommune'],
        codesInForce: true,
        // the county script coded Telemark (-2019) as 07, which is Vestfold's code
        regions: [{ code: '07', from: 2015, to: 2019, is: '08' }]
      }
    },
    family: 'levekar',
    name: 'Minoritetsspråklige barn i barnehage',
    unit: 'prosent',
    polarity: 'neutral',
    period_type: 'annual',
    breakdowns: 'alle',
    definition: 'Minoritetsspråklige barn i barnehage, i prosent av alle barn i barnehage.',
    source_agency: 'SSB, via Telemark fylkeskommunes fil',
    source_table: 'SSB-tabell 12272',
    source_url: 'https://www.ssb.no/statbank/table/12272',
    note: 'Fylket er Telemark til 2019, Vestfold og Telemark 2020-2023 og Telemark igjen fra 2024; Vestfold og Telemark vises for seg.',
    analyst:
      'SSB bruker kodene som gjaldt hvert år: 08 til 2019, 38 2020-2023 og 40 fra 2024; 38 skjøtes aldri til 40. Filen koder Telemark til 2019 som 07 (Vestfolds kode); det er rettet til 08.'
  }),
  indicator({
    id: 'bor_trangt_0_17',
    read: {
      fhi: { table: '795', fixed: { ALDER: '0_17', INNVKAT: '0', BODD: 'trangt', MEASURE_TYPE: 'RATE' } },
      singlePeriod: { note: '', suppressedZero: SUPPRESSED_ZERO }
    },
    family: 'levekar',
    name: 'Barn 0-17 år som bor trangt',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition: 'Andel barn 0-17 år som bor trangt (færre rom enn personer, eller under 25 m² per person).',
    source_agency: 'FHI (Kommunehelsa), basert på SSB',
    source_table: 'FHI-tabell 795 (0-17 år), hele prosent',
    source_url: fhiTable(795),
    note: 'Tokke og Vinje har skjermede tall og vises som manglende.',
    analyst: 'Tokke og Vinje står med 0 i filen; det er skjermede tall.'
  }),
  indicator({
    id: 'inntektsulikhet',
    read: { fhi: { table: '366', fixed: { MEASURE_TYPE: 'MALTALL' } }, singlePeriod: { note: '' } },
    family: 'levekar',
    name: 'Inntektsulikhet (P90/P10)',
    unit: 'forholdstall',
    polarity: 'lower-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition:
      'Forholdet mellom inntekten til den personen som har høyere inntekt enn 90 % og den som har høyere enn 10 % av befolkningen (husholdningsinntekt etter skatt per forbruksenhet).',
    source_agency: 'FHI (Kommunehelsa), basert på SSB',
    source_table: 'FHI-tabell 366 (P90/P10)',
    source_url: fhiTable(366),
    analyst: 'Én desimal, som i filen.'
  }),
  indicator({
    id: 'hoy_gjeld',
    read: {
      fhi: { table: '358', fixed: { KJONN: '0', ALDER: '0_120', MEASURE_TYPE: 'RATE' } },
      labels: {
        geo: { name: 'Geografi' },
        year: 'År',
        value: 'Andel',
        scale: 'fraction',
        decimals: 1,
        filters: { Kjønn: 'kjønn samlet', Alder: 'alle aldre' }
      }
    },
    family: 'levekar',
    name: 'Husholdninger med gjeld over tre ganger inntekten',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition: 'Andel personer i husholdninger med samlet gjeld over tre ganger samlet inntekt etter skatt.',
    source_agency: 'FHI (Kommunehelsa), basert på SSB',
    source_table: 'FHI-tabell 358',
    source_url: fhiTable(358),
    analyst: 'Avrundet til én desimal (kilden lagrer andelen med full presisjon).'
  }),
  indicator({
    id: 'sysselsatte_15_74',
    read: { singlePeriod: { note: '' } },
    family: 'levekar',
    name: 'Sysselsatte 15-74 år',
    unit: 'prosent',
    polarity: 'higher-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition: 'Sysselsatte 15-74 år etter bosted, i prosent av befolkningen 15-74 år.',
    source_agency: 'SSB, via Telemark fylkeskommunes fil',
    source_table: 'SSB-tabell 06445',
    source_url: 'https://www.ssb.no/statbank/table/06445',
    note: 'Bare de 17 kommunene har tall, ikke fylket eller landet.'
  }),
  indicator({
    id: 'overvekt_17',
    read: {
      fhi: { table: '388', fixed: { ALDER: '17_17', KMI_KAT: 'overv_inkl_fedme', MEASURE_TYPE: 'MEIS' } },
      labels: {
        geo: { name: 'Kommune' },
        year: 'År',
        period: 'År (intervall)',
        value: 'Andel',
        scale: 'fraction',
        decimals: 1,
        filters: { Alder: '17 år', 'KMI-kategori': 'overvekt inkl. fedme (KMI over 25)' },
        breakdown: { column: 'Kjønn', values: { 'Kjønn samlet': 'alle', Gutter: 'gutter', Jenter: 'jenter' } }
      }
    },
    family: 'levekar',
    name: 'Overvekt og fedme ved 17 år',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: '4-year rolling',
    standardised: true,
    breakdowns: 'alle|gutter|jenter',
    definition:
      'Andel 17-åringer med overvekt inkludert fedme (KMI over 25) ved sesjon, fireårig gjennomsnitt, standardisert.',
    source_agency: 'FHI (Kommunehelsa), basert på Vernepliktsverket (sesjon)',
    source_table: 'FHI-tabell 388',
    source_url: fhiTable(388),
    note: 'Gjelder de som møtte til sesjon.'
  }),
  fhus(
    'fhus_ensomhet',
    'Ensomhet',
    'ucla_2kat',
    'Høyt nivå',
    'lower-better',
    'høyt nivå av ensomhet på UCLA-3-skalaen.'
  ),
  fhus(
    'fhus_psykiske_plager',
    'Psykiske plager',
    'HSCL_2kat',
    'Symptomer på psykiske plager',
    'lower-better',
    'symptomer på psykiske plager (HSCL-5 over 2).'
  ),
  fhus(
    'fhus_okonomiske_vansker',
    'Økonomiske vansker',
    'oekonomi',
    'Andel med økonomiske vansker',
    'lower-better',
    'svarer at husholdningen har vansker med å klare løpende utgifter.'
  ),
  fhus(
    'fhus_venner',
    'Sammen med gode venner ukentlig',
    'venner',
    'Ukentlig eller oftere',
    'higher-better',
    'er sammen med gode venner ukentlig eller oftere.'
  ),
  fhus(
    'fhus_livstilfredshet',
    'Fornøyd med livet',
    'tilfredshet',
    'Andel som svarer 6 eller høyere',
    'higher-better',
    'svarer 6 eller høyere på en skala 0-10 om hvor fornøyd de er med livet.'
  ),
  fhus(
    'fhus_organisert_aktivitet',
    'Ukentlig organisert aktivitet',
    'organisert',
    'Ukentlig eller oftere',
    'higher-better',
    'deltar i organisert aktivitet (lag, foreninger, frivillig arbeid) ukentlig eller oftere.'
  ),
  indicator({
    id: 'ungdata_smertestillende',
    read: {
      labels: {
        geo: { name: 'Geografi' },
        year: 'År',
        value: 'value',
        scale: 'percent',
        decimals: 1,
        filters: { Svarkategori: 'minst ukentlig', 'sosial status': 'samlet' },
        breakdown: {
          column: 'Kjønn',
          values: { 'kjønn samlet': 'alle', jenter: 'jenter', gutter: 'gutter' }
        },
        pooled:
          'FHI slår sammen undersøkelser: ingen kommune i fylket hadde Ungdata dette året, så tallet bygger på tidligere års undersøkelser (omtrent samme tall som året før)'
      }
    },
    family: 'psykisk-helse',
    name: 'Bruker reseptfrie smertestillende ukentlig (Ungdata)',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: 'survey year',
    standardised: true,
    breakdowns: 'alle|jenter|gutter',
    definition:
      'Andel ungdomsskoleelever som bruker reseptfrie smertestillende legemidler minst ukentlig, standardisert.',
    source_agency: 'FHI (Kommunehelsa) / NOVA (Ungdata)',
    source_table:
      'Ungdata-indikator i FHI Kommunehelsa (tabellnummer ikke oppgitt i filen); FHIs «.» i filen = skjermet eller mangler hos FHI',
    source_url: upstreamFile(
      'Data/08_Folkehelse og levekår/Helsetilstand/reseptfrie_smertestillende_legemidler_ungdom.csv'
    ),
    note: 'Ungdomsskoleelever (8.-10. trinn). For fylket slår FHI sammen undersøkelser fra flere år, merket slik.',
    analyst: 'Avrundet til én desimal, som FHI publiserer.'
  })
];
