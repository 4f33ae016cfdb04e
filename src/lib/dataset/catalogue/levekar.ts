// Catalogue: levekår (income, housing, work, kindergarten, leisure, vaccination, family).
import { fhiTable, indicator, upstreamFile, type CatalogueEntry } from './indicator';

const family = 'levekar';
const VACCINES = {
  Meslinger: 'meslinger',
  Difteri: 'difteri',
  Kikhoste: 'kikhoste',
  Poliomyelitt: 'poliomyelitt'
};

export const LEVEKAR: CatalogueEntry[] = [
  indicator({
    id: 'lavinntekt_0_17',
    read: {
      fhi: { table: '403', fixed: { ALDER: '0_17', INNVKAT: '0', MAAL: 'ant_eu60', MEASURE_TYPE: 'RATE' } },
      singlePeriod: {
        note: 'Brudd i serien: fra 2021-2023 FHI-tabell 403, avrundet til hele prosent i kilden, dagens kommunegrenser.'
      },
      workbook: {
        age: '0-17 år',
        note: 'Telemark fylkeskommunes arbeidsfil (kilde ikke oppgitt): én desimal, kommunene og fylket slik de var i 2020.'
      }
    },
    family,
    name: 'Barn i familier med vedvarende lavinntekt',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: '3-year rolling',
    breakdowns: 'alle',
    definition:
      'Andel barn 0-17 år i husholdninger med vedvarende lavinntekt (under 60 % av median, EU60) over en treårsperiode.',
    source_agency: 'FHI (Kommunehelsa); 2013-2015 til 2018-2020 fra Telemark fylkeskommunes arbeidsfil',
    source_table:
      'FHI-tabell 403 (2021-2023, EU60, avrundet til hele prosent); 2013-2015 til 2018-2020 fra arbeidsfilen Lavinntekt.xlsx, som ikke oppgir kilde (perioder og definisjon er som FHIs «vedvarende lavinntekt»)',
    source_url: fhiTable(403),
    note: 'Til og med 2018-2020 gjelder tallene kommunene og fylket slik de var i 2020 (fylket er da Vestfold og Telemark). Fra 2021-2023 er tallene avrundet til hele prosent.',
    analyst:
      'Periodene 2013-2015 til 2018-2020 er fra en arbeidsfil (kode 38 for fylket); arbeidsfilens egne «Gjennomsnitt»-rader er utelatt. 2021-2023 er FHI-tabell 403, avrundet til hele prosent i kilden.'
  }),
  indicator({
    id: 'trangboddhet',
    read: {
      fhi: {
        table: '795',
        fixed: { ALDER: '0_120', BODD: 'trangt', MEASURE_TYPE: 'RATE' },
        breakdown: { dimension: 'INNVKAT', categories: { '0': 'alle', '2': 'innvandrere' } }
      },
      labels: {
        geo: { code: 'Kommunenummer' },
        year: 'År',
        value: 'Andel',
        scale: 'fraction',
        decimals: 1,
        filters: { Alder: 'alle aldre' },
        breakdown: { column: 'Innvandringsbakgrunn', values: { totalt: 'alle', innvandrere: 'innvandrere' } }
      }
    },
    family,
    name: 'Bor trangt',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: 'annual',
    breakdowns: 'alle|innvandrere',
    definition: 'Andel personer (alle aldre) som bor trangt, i alt og blant innvandrere.',
    source_agency: 'FHI (Kommunehelsa), basert på SSB',
    source_table: 'FHI-tabell 795',
    source_url: fhiTable(795),
    analyst: 'Avrundet til én desimal (kilden lagrer andelen med full presisjon).'
  }),
  indicator({
    id: 'unge_utenfor_15_29',
    read: { singlePeriod: { note: '' } },
    family,
    name: 'Unge utenfor arbeid og utdanning (15-29 år)',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition: 'Andel bosatte 15-29 år som verken er i arbeid, utdanning eller arbeidsmarkedstiltak (NEET).',
    source_agency: 'SSB',
    source_table: 'SSB-tabell 13556 (andel av bosatte, NEET)',
    source_url: 'https://www.ssb.no/statbank/table/13556'
  }),
  indicator({
    id: 'helt_ledige',
    read: { nav: { status: 'Helt ledige', sex: 'Begge kjønn' } },
    family,
    name: 'Helt ledige, årsgjennomsnitt av NAVs månedstall',
    unit: 'prosent',
    polarity: 'lower-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition:
      'Helt ledige i prosent av arbeidsstyrken, begge kjønn: beregnet av Oppvekstmonitor fra NAVs månedstall som gjennomsnittet av årets tolv måneder, avrundet til to desimaler. Bare år med alle tolv måneder.',
    source_agency: 'NAV; årsgjennomsnittet er beregnet av Oppvekstmonitor fra NAVs månedstall',
    source_table:
      'NAVs arbeidsmarkedsstatistikk, helt ledige (månedstall, andel av arbeidsstyrken med tre desimaler); årstallet er ikke et NAV-tall',
    source_url: upstreamFile(
      'Data/03_Arbeid og næringsliv/01_Arbeidsliv/NAV/Arbeidsledighet/arbeidsledighet.csv'
    ),
    analyst:
      'Kilden-kolonnen viser linjen for januar; snittet bygger på de tolv månedslinjene for samme sted og år.'
  }),
  indicator({
    id: 'kulturskole_6_15',
    family,
    name: 'Barn 6-15 år i kulturskolen',
    unit: 'prosent',
    polarity: 'higher-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition: 'Andel barn 6-15 år som deltar i kommunens kulturskole.',
    source_agency: 'SSB',
    source_table: 'SSB-tabell 13135 (2015-2020) og SSB-tabell 12061 (2020-2022, også fylket)',
    source_url: 'https://www.ssb.no/statbank/table/12061',
    note: 'Bø og Sauherad vises for seg og regnes ikke om til Midt-Telemark. Fylket har tall bare for 2020-2022, og da for Vestfold og Telemark, ikke dagens Telemark.',
    analyst:
      'SSB bruker koden som gjaldt hvert år (0805 til 2019, 3806 2020-2022; Bø 0821, Sauherad 0822). Fylket finnes bare i tabell 12061 og er 38 for 2020-2022. 2020 står i begge tabellene med samme tall.'
  }),
  indicator({
    id: 'barnehagedekning',
    read: {
      labels: {
        geo: { code: 'Kommunenummer' },
        year: 'År',
        value: 'Andel',
        scale: 'fraction',
        // the county script wrote SSB's region EKA38 Vestfold og Telemark under Telemark's old code 08
        regions: [{ code: '08', from: 2020, to: 2023, is: '38' }],
        capped: {
          value: 1,
          reason:
            'filen har 100 %, men skriptet som lagde den kuttet verdier over 100 til 100 (SSB har for eksempel 100,6 for Tinn 2021): SSBs tall er ikke kjent her'
        }
      }
    },
    family,
    name: 'Barn 1-5 år i barnehage',
    unit: 'prosent',
    polarity: 'higher-better',
    period_type: 'annual',
    breakdowns: 'alle',
    definition:
      'Andel barn 1-5 år med barnehageplass, i prosent av alle barn 1-5 år (SSB-tabell 13502). Kan passere 100 når barn går i barnehage i en annen kommune enn der de bor.',
    source_agency: 'SSB, via Telemark fylkeskommunes fil',
    source_table: 'SSB-tabell 13502 (barn 1-5 år i barnehage)',
    source_url: upstreamFile('Data/08_Folkehelse og levekår/Oppvekst og levekår/dekningsgrad_barnehage.csv'),
    note: 'For 2020-2023 gjelder fylkestallet Vestfold og Telemark, ikke dagens Telemark. Verdier over 100 % mangler i filen vi har, og vises som manglende.',
    analyst:
      'Filen kaller fylket Telemark (kode 08) også for 2020-2023, men tallene er SSBs region Vestfold og Telemark (EKA38): de vises som Vestfold og Telemark, aldri som dagens Telemark. Skriptet som lagde filen kuttet verdier over 100 til 100; de vises som manglende med grunnen.'
  }),
  indicator({
    id: 'barnevaksinasjon',
    read: {
      fhi: {
        table: '395',
        fixed: { KJONN: '0', ALDER: '9_9', MEASURE_TYPE: 'RATE' },
        breakdown: { dimension: 'VAKSINE', categories: VACCINES }
      },
      labels: {
        geo: { name: 'Kommune' },
        year: 'År',
        period: 'År (intervall)',
        value: 'Andel',
        scale: 'fraction',
        filters: { Kjønn: 'Kjønn samlet', Alder: '9 år' },
        breakdown: { column: 'Vaksine mot', values: VACCINES }
      }
    },
    family,
    name: 'Vaksinert ved 9 år',
    unit: 'prosent',
    polarity: 'higher-better',
    period_type: '5-year rolling',
    breakdowns: 'meslinger|difteri|kikhoste|poliomyelitt',
    definition: 'Andel 9-åringer som er fullvaksinert mot sykdommen, femårig gjennomsnitt.',
    source_agency: 'FHI (Kommunehelsa), SYSVAK',
    source_table: 'FHI-tabell 395',
    source_url: fhiTable(395),
    note: 'Bare kommunene har tall, ikke fylket eller landet.'
  }),
  indicator({
    id: 'barn_en_forsorger',
    read: { plan: { phrase: 'barn med én forsørger' } },
    family,
    name: 'Barn som bor med én forsørger',
    unit: 'prosent',
    polarity: 'neutral',
    period_type: 'plan figure',
    breakdowns: 'alle',
    definition:
      'Andel barn som bor med én forsørger, slik planen siterer Folkehelseprofil for Porsgrunn 2023.',
    source_agency: 'Porsgrunn kommune (plantekst), som siterer FHI Folkehelseprofil 2023',
    source_table: 'Folkehelseprofil for Porsgrunn 2023',
    source_url: 'https://khp.fhi.no/Pdf/2/nb/2023/38/3806',
    upstream: false,
    note: 'Tallene er planens egne, hentet fra planteksten. Fylket i planen er Vestfold og Telemark, ikke dagens Telemark.',
    analyst: 'Ingen datafil finnes (ikke fra Telemark fylkeskommunes repo); fylket har kode 38.'
  })
];
