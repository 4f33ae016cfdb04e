// Series the control committee's 2026 follow-up needs that no stored file holds: registered with their SSB query, no rows
// until `npm run update -- <id>` fetches them on a connected machine. Their pages say «ikke hentet ennå», never a number.
import type { CatalogueEntry } from './indicator';
import { joinNote } from '../note';

const UNTRIED =
  'Spørringen er ikke prøvd mot SSB (ingen nettilgang da den ble skrevet): tabell og koder er ikke bekreftet.';

const entry = ({
  analyst,
  ...e
}: Omit<CatalogueEntry, 'fetched' | 'standardised' | 'breakdowns'> & {
  analyst?: string;
}): CatalogueEntry => ({
  ...e,
  standardised: false,
  breakdowns: 'alle',
  fetched: '', // never fetched: no rows, and the pages say so
  note: joinNote(e.note, [analyst, UNTRIED].filter(Boolean).join(' '))
});

/** The four registered follow-up series (family order: barnevern, then levekår). */
export const OPPFOLGING: CatalogueEntry[] = [
  entry({
    id: 'barnevern_tiltak_kostra',
    family: 'barnevern',
    name: 'Barnevernstiltak etter alder og tiltakstype (KOSTRA)',
    unit: 'prosent',
    polarity: 'neutral',
    period_type: 'annual',
    definition:
      'Andel barn med barnevernstiltak i løpet av året, i prosent av innbyggerne i aldersgruppen (KOSTRA).',
    source_agency: 'SSB (KOSTRA barnevern)',
    source_table: 'SSB-tabell 12275',
    source_url: 'https://www.ssb.no/statbank/table/12275',
    note: 'Alder og tiltakstype blir egne inndelinger når svaret fra SSB er sett.'
  }),
  entry({
    id: 'barnevern_undersokelser',
    family: 'barnevern',
    name: 'Barn med undersøkelse i barnevernet',
    unit: 'prosent',
    polarity: 'neutral',
    period_type: 'annual',
    definition: 'Barn 0-17 år med undersøkelse i løpet av året, i prosent av innbyggerne 0-17 år (KOSTRA).',
    source_agency: 'SSB (KOSTRA barnevern)',
    source_table: 'SSB-tabell 12286',
    source_url: 'https://www.ssb.no/statbank/table/12286',
    note: ''
  }),
  entry({
    id: 'barnevern_meldinger',
    family: 'barnevern',
    name: 'Barn med melding til barnevernet (bekymringsmeldinger)',
    unit: 'prosent',
    polarity: 'neutral',
    period_type: 'annual',
    definition:
      'Barn 0-17 år med melding til barnevernstjenesten i løpet av året, i prosent av innbyggerne 0-17 år (KOSTRA).',
    source_agency: 'SSB (KOSTRA barnevern)',
    source_table: 'SSB-tabell 12283 (antatt, ikke bekreftet)',
    source_url: 'https://www.ssb.no/statbank/table/12283',
    note: 'Det er ikke bekreftet at SSB-tabellen er den riktige.',
    analyst: 'Vi tror meldingene ligger i SSB-tabell 12283; det er ikke bekreftet.'
  }),
  entry({
    id: 'helsestasjon_arsverk',
    family: 'levekar',
    name: 'Årsverk i helsestasjons- og skolehelsetjenesten',
    unit: 'per 10000',
    polarity: 'higher-better',
    period_type: 'annual',
    definition: 'Avtalte årsverk i helsestasjons- og skolehelsetjenesten per 10 000 innbyggere 0-20 år.',
    source_agency: 'SSB (KOSTRA / registerbasert sysselsettingsstatistikk)',
    source_table: 'SSB-tabell 11994',
    source_url: 'https://www.ssb.no/statbank/table/11994',
    note: ''
  })
];
