// The «Mål» of each main area of effort in the Forebyggende plan's table (Tema, Iverksatte tiltak 2023, Anbefales, Mål).
import type { Goal } from '../../src/lib/dataset/schema';
import { FOREBYGGENDE, goal, notLoaded, type GoalEntry } from './goal';

const kind = 'mål';
const area = (name: string) => `Hovedinnsatsområder – ${name}`;

// `measures` lists the cells of «Iverksatte tiltak 2023», then «Anbefales», as the PDF text has them.
const entries: GoalEntry[] = [
  {
    id: 'fp-mal-medvirkning',
    section: area('barn og unges medvirkning'),
    kind,
    location: 'linje 1416-1424',
    quote:
      'Barnet skal erfare å bli hørt og få medvirke til løsninger som gjelder en selv. Forebygge at mindre strev utvikler seg til større vansker',
    unmeasured: notLoaded('Elevdemokrati og medvirkning i Elevundersøkelsen (Udir, Skoleporten)'),
    measures: [
      'Revidert prosedyrer knytta til barnehage- og skolemiljø, inkludering og barnets stemme.',
      'Søknad om ressurser til å utvikle Nettverksråd for barn og unge (NEBA).',
      'Samtale med barn og elev i sakkyndige utredninger.',
      'Alle aktuelle virksomheter gjennomgår rutiner for barn og unges medvirkning',
      'Videre implementering av systemrettet sakkyndighetmodell'
    ]
  },
  {
    id: 'fp-mal-vold-overgrep',
    section: area('kunnskap om vold og overgrep'),
    kind,
    location: 'linje 1437-1442',
    quote: 'Omsorg og trygghet. Bidra til kunnskap og sette egne grenser. Utvikle positivt selvbilde',
    unmeasured: notLoaded('Ungdatas spørsmål om vold og overgrep (NOVA, Ungdata kommunerapport)'),
    measures: [
      'Virksomhetene gjennomfører ulike temaarbeid og prosjekter',
      'Systematisere arbeidet, utarbeide felles prosedyrer'
    ]
  },
  {
    // The measures are for kindergarten children; national tests (lesing_5) come years later, so they are not linked.
    id: 'fp-mal-sprak',
    section: area('språk'),
    kind,
    location: 'linje 1455-1458',
    quote: 'Bedre språklig fungering Grunnleggende ferdigheter',
    target_kind: 'direction',
    direction: 'up',
    unmeasured:
      'Språklig fungering i barnehagen publiseres ikke som kommunestatistikk; planen ber om en tilstandsrapport fra flerspråklig barnehageteam etter ett år.',
    measures: [
      'Flerspråklig barnehageteam',
      'ASK (Satsing i Barnehagene sentrum Vest)',
      'Teamet leverer tilstandsrapport etter ett år',
      'Evaluere og vurdere å utvide satsingen'
    ]
  },
  {
    id: 'fp-mal-skolemestring',
    section: area('skolemestring og -deltakelse'),
    kind,
    location: 'linje 1481-1490',
    quote:
      'Grunnleggende ferdigheter Helse- og livsmestring Økt tilstedeværelse i grunnskolen og økt gjennomføringsgrad på vg1',
    target_kind: 'direction',
    direction: 'up',
    unmeasured: notLoaded(
      'Elevfravær i grunnskolen (Udir, Skoleporten) og fullført og bestått vg1 ett år etter grunnskolen (FHI Kommunehelsa / SSB)'
    ),
    measures: [
      'Solum skolegård',
      'Oppfølging og støtte ved bekymringsfullt fravær/skolevegring',
      'Evaluere etter ett år, elevene og foresatte deltar i evalueringen',
      'Implementere Ungdomslos i det tverrfaglige tjenestetilbudet'
    ]
  },
  {
    id: 'fp-mal-foreldrerollen',
    section: area('foreldrerollen og samarbeid med barnas foresatte'),
    kind,
    location: 'linje 1524-1525',
    quote: 'God omsorgsutøvelse',
    unmeasured: 'Ingen statistikk måler omsorgsutøvelse.',
    measures: [
      'Foreldrestøtte',
      'Annen foreldreveiledning (helsestasjon, PP- tjenester og barneverntjenesten)',
      'Utvidet foreldresamtale i barnehager',
      'Ressurs- og kompetansesenter',
      'SLT – kontakt',
      'Tverrfaglig drøfting ved bekymring',
      'Barnehager og skoler gjennomgår rutiner for foreldresamarbeid.',
      'Systematisere samarbeid med FAU i barnehager og skoler.',
      'Utarbeide felles temamaler for foreldremøter',
      'Invitere til samarbeid med fritidsorganisasjoner i skolens nærmiljø',
      'Samordne foreldreveiledningstilbudene i Skrukkerød?',
      'Styrke foreldreveiledning 0-1 år'
    ]
  },
  {
    id: 'fp-mal-kompetanse',
    section: area('kompetanse hos ansatte'),
    kind,
    location: 'linje 1551-1554',
    quote: 'Tidlig innsats, rett tiltak til rett tid Økt kvalitet i tjenestene',
    target_kind: 'direction',
    direction: 'up',
    unmeasured: 'Ingen offentlig statistikk måler kvaliteten i tjenestene samlet.',
    measures: [
      'Rekomp, Dekomp, Kompetanseløftet, Tidlig Inn, Tibir',
      'Ressurs- og kompetansesenter',
      'Div, videreutdanninger',
      'Kompetanse i nevroutviklingsvansker',
      'Jevnlig opplæring i vanskelige samtaler, økt kunnskap om risikofaktorer, holdninger og handlingskompetanse.',
      'Vurdere, og sørge for involvering av sfo-ansatte i kompetansehevingen'
    ]
  },
  {
    id: 'fp-mal-tverrfaglig',
    section: area('tverrfaglig samarbeid'),
    kind,
    location: 'linje 1581-1587',
    quote: 'Forenkle, koordinere og samordne tjenestene Styrke tverretatlig samarbeid',
    target_kind: 'direction',
    direction: 'up',
    unmeasured: 'Ingen statistikk måler tverretatlig samarbeid.',
    measures: [
      'Ressurs- og kompetansesenter.',
      'Samarbeidsavtale helsestasjon-barnehagen.',
      'Søknad om ressurser til å opprette Nettverksråd for barn og unge (NEBA).',
      'Tverrfaglig drøfting ved/Ko-team ved bekymring',
      'Oppfølging ved bekymringsfullt fravær',
      'Revidere Fra bekymring til handling',
      'Revidere overgangsrutiner',
      'Utarbeide tverretatlige samarbeidsavtaler for flere områder.',
      'Støttetjenester hospitere i all- arenaene'
    ]
  },
  {
    id: 'fp-mal-kjennskap',
    section: area('kjennskap til hverandres tjenester'),
    kind,
    location: 'linje 1616-1620',
    quote: 'Forenkle, koordinere og samordne tjenestene Økt tillit',
    target_kind: 'direction',
    direction: 'up',
    unmeasured: 'Ingen statistikk måler kjennskap og tillit mellom tjenestene.',
    measures: [
      'Barnevernstjenesten har utarbeidet årshjul for besøk i barnehager og skoler.',
      'PP-tjenester deltar på ledermøter barnehage og skole. Fast deltaker i KO- team (skole) og Tverrfaglig drøfting (bhg.)',
      'Barnehager og skoler legger inn besøk i egne årshjul.',
      'Hjelpetjenestene utarbeider rutine for besøk i all – arenaene'
    ]
  },
  {
    // The row continues after a page break (lines 1641-1648): «Satsing på mestringsorientert ledelse» and two recommendations.
    id: 'fp-mal-rammevilkar',
    section: area('gode rammevilkår i all-arenaene'),
    kind,
    location: 'linje 1638-1640',
    quote: 'Tidlig innsats Økt kvalitet i tjenestene',
    target_kind: 'direction',
    direction: 'up',
    unmeasured: 'Ingen offentlig statistikk måler kvaliteten i tjenestene samlet.',
    measures: [
      'Økt med to stillinger i flerspråklig barnehageteam.',
      'Miljøarbeidere i ungdomsskolene',
      'Tiltak knytta til sykefravær barnehagene?',
      'Gjennomføre forsøk med ekstra stillinger? – Grunnbemanning gjennom hele dagen',
      'Satsing på mestringsorientert ledelse',
      'Vurdere andre type stillinger i skole?',
      'Gjennomgang av rammer i SFO'
    ]
  },
  {
    // «Alle» has no number to measure; trivsel (10th grade) and mobbing (7th grade) show which way it goes.
    id: 'fp-mal-laeringsmiljo',
    section: area('læringsmiljø'),
    kind,
    location: 'linje 1659-1661',
    quote: 'Alle barn og unge skal oppleve et godt læringsmiljø',
    target_kind: 'direction',
    direction: 'up',
    indicators: 'trivsel_10|mobbing_7',
    measures: [
      'Revidert retningslinjer skole og barnehage.',
      'Tema på ledermøter, skole',
      'Videre oppfølging i virksomhetsledermøter',
      'Jevnlig tema i virksomhetene'
    ]
  }
];

/** The ten main areas of effort, in the table's order. */
export const INNSATSOMRADE_GOALS: Goal[] = entries.map((e) => goal(FOREBYGGENDE, e));
