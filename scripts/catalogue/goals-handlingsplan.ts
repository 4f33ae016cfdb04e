// The 13 measures of «Handlingsplan for inkludering av barn og unge 2020-2024» and Bystyret's four requests (sak 4/24),
// quoted from the control committee follow-up of 10.03.26, with what was done by then.
import type { Goal } from '../../src/lib/dataset/schema';
import {
  BYSTYRET,
  followUp,
  goal,
  HANDLINGSPLAN,
  notLoaded,
  OWN_WORK,
  UNGDATA_FRITID,
  type GoalEntry
} from './goal';

const kind = 'tiltak';
const LOW_INCOME =
  notLoaded(
    'Deltakelse i fritidsaktiviteter etter familiens økonomi: Ungdata (NOVA, Ungdata kommunerapport)'
  ) + '. Barn i lavinntektsfamilier (lavinntekt_0_17) viser hvor mange tiltaket gjelder, ikke om det virker.';

// quote = the measure's «Mål», measures = its «Beskrivelse»; the follow-up document has nothing on measures 1 and 2.
const measures: GoalEntry[] = [
  {
    id: 'hp-tiltak-01',
    section: 'Arbeidsgruppe for oppfølging av planen',
    kind,
    location: 'linje 34',
    unmeasured: OWN_WORK,
    quote: 'Følge opp jevnlig, og gjennomgå tiltakene i.f.t. status og aktualitet',
    measures: [
      'Arbeidsgruppen skal møtes to gange i året og ha kontakt med virksomhetene for å høre erfaringer og fremdrift for tiltakene'
    ]
  },
  {
    id: 'hp-tiltak-02',
    section: 'Informasjon via skoler og barnehager om tilbud og aktiviteter i lokalmiljøene',
    kind,
    location: 'linje 35',
    quote: 'Sikre barn, unge og familier kjennskap til tilgjengelige aktiviteter',
    unmeasured:
      'Ingen offentlig statistikk måler kjennskap til aktivitetene; det krever kommunens egne brukerundersøkelser.',
    measures: [
      'Det skal utarbeides retningslinjer for hvordan frivillige kan informere om sine tilbud via barnehage og skole. Sees i sammenheng m kommunens informasjons/ kommunikasjonsstrategi'
    ]
  },
  {
    id: 'hp-tiltak-03',
    section: 'Informasjon og samarbeid om søknadsmuligheter',
    kind,
    location: 'linje 36',
    unmeasured: OWN_WORK,
    quote: 'Å stimulere til samarbeid om søknader, og å se på mulighetene for ekstern finansiering',
    measures: [
      'Informerer på temamøte som avholdes to ganger årlig. Sentrale tema Tilskuddsportalen og nasjonale tilskuddsordn. Frivillige og kommunen samarbeider om å utarbeide søknader der det er aktuelt.'
    ],
    follow_up: followUp([70, 74])
  },
  {
    id: 'hp-tiltak-04',
    section: 'Kompetanseheving om risikoutsatte barn og unge',
    kind,
    location: 'linje 37',
    unmeasured: OWN_WORK,
    quote: 'Informasjon, kunnskap og bedre forståelse om temaet.',
    measures: [
      'Økt kompetanse om lavinntekt og konsekvenser for barn, unge og deres familier. Frivillige får tilbud om slik kompetanseheving.'
    ],
    follow_up: followUp([80, 87])
  },
  {
    id: 'hp-tiltak-05',
    section: 'Kulturskolen',
    kind,
    location: 'linje 38',
    indicators: 'kulturskole_6_15',
    quote: 'Barn og unge som ønsker å delta i kulturskole-tilbudet får mulighet til det uavhengig av økonomi',
    measures: [
      'Kommunen bør vurdere lavere deltakeravgifter på ordinært tilbud og støtte tilbud som utformes som sosiale møteplasser.'
    ],
    follow_up: followUp([93, 96])
  },
  {
    id: 'hp-tiltak-06',
    section: 'Aktivitetsguide',
    kind,
    location: 'linje 39',
    unmeasured: UNGDATA_FRITID,
    quote:
      'Alle barn og unge i Porsgrunn skal få mulighet til å finne en fritidsaktivitet de kan delta på en gang i uka eller jevnlig',
    measures: [
      'Eidanger IL har prosjekt med fritidsguid. Barn og unge får veiledning og støtte inn i alle typer fritidsaktiviteter i hele kommunen. Det hadde vært hensiktsmessig at en overordnet koordinatrorolle for dette lå hos kommunen.'
    ],
    follow_up: followUp([102, 105])
  },
  {
    id: 'hp-tiltak-07',
    section:
      'Å legge til rette for tilbud i lokalmiljøene som fremmer deltakelse på fritidsaktiviteter, sosiale møteplasser og arrangementer',
    kind,
    location: 'linje 42',
    quote:
      'Øke andelen barn og unge som deltar i organisert fritidsaktivitet ved å bygge på eksisterende aktivitet. Å støtte frivillige og andre i å utvikle mangfoldige tilbud i lokalmiljøene.',
    target_kind: 'direction',
    direction: 'up',
    unmeasured: UNGDATA_FRITID,
    // The description breaks off after «Kommunen» in the document.
    measures: [
      'Ønske om tilbud der folk bor. Det krever samspill mellom aktørene i lokalmiljøet. Kommunen bør gå aktivt inn for å stimulere til aktiviteter i lokalmiljøene hvor det mangler. Kommunen'
    ],
    follow_up: followUp([111, 117])
  },
  {
    id: 'hp-tiltak-08',
    section: 'Digital oversikt over aktiviteter og fritidstilbud',
    kind,
    location: 'linje 43',
    unmeasured: OWN_WORK,
    quote:
      'Alle (barn og unge, foresatte, frivillige, lærere og helsesykepleiere, NAV, skoler og barnehager) kan lett finne oversikt over fritidstilbud og ferietilbud for barn og unge og familiene deres',
    measures: [
      'Kommunen tar i bruk/utvikler en felles oversikt over aktiviteter og tilbud f.eks. en app eller nettside. Kommunen sørger for et system der en i samarbeid med frivilligheten sikrer oppdatert informasjon og appen legges på elevenes iPadder.'
    ],
    follow_up: followUp([121, 123])
  },
  {
    id: 'hp-tiltak-09',
    section: 'Innføre fritidskort',
    kind,
    location: 'linje 44',
    unmeasured: UNGDATA_FRITID,
    quote:
      'Regjeringens målsetting med fritidskortet er at alle barn og unge 6-18 år skal ha gratis ukentlig aktivitetstilbud. Porsgrunn kommune skal innlede et godt samarbeid med frivilligheten i god tid for at fritidskortet skal bli en best mulig ordning',
    measures: [
      'Porsgrunn kommune skal jobbe aktivt for å innføre fritidskort. Tiltakets oppstart er avhengig av regjeringens plan.'
    ],
    follow_up: followUp([129, 134])
  },
  {
    id: 'hp-tiltak-10',
    section: 'Videreføre kontingentkassa',
    kind,
    location: 'linje 45',
    target_kind: 'direction',
    direction: 'up',
    unmeasured: UNGDATA_FRITID,
    quote: 'Kontingentkassa skal bidra til at alle barn og unge skal få bedre mulighet til en aktiv fritid',
    measures: [
      'Når fritidskortet er aktivt kan kontingentkassa dekke utstyr og deltakelse i arrangementer. Det er ønskelig å utrede behovet for om søknadsprosessen kan gjøres mer tilgjengelig og enklere.'
    ],
    follow_up: followUp([138, 141])
  },
  {
    id: 'hp-tiltak-11',
    section: 'Videreføre opplevelseskortet',
    kind,
    location: 'linje 46',
    unmeasured: LOW_INCOME,
    quote:
      'Barn og unge i lavinntektsfamilier skal få mulighet til å delta på kostnadskrevenende aktiviteter',
    measures: [
      '300 – 400 kort deles ut årlig. Kortet bør også utformes som et gavekort til salgs med spesialpris, slik at det blir en universell ordning tilgjengelig for alle.'
    ],
    follow_up: followUp([145, 149])
  },
  {
    id: 'hp-tiltak-12',
    section:
      'Tilrettelegge for å finne frem til og gi tilbud om støtte og aktiviteter til flest mulig barn og unge i lavinntektsfamilier',
    kind,
    location: 'linje 49',
    quote:
      'Ansatte i kommunen som arbeider med barn og unge i lavinntektsfamilier kan lett finne oversikt over støtteordninger til økonomisk og praktisk hjelp. Ansatte i kommunen som arbeider med barn og unge har retningslinjer for hvilke opplysninger som kan deles og etterspørres (med samtykke) for å kunne tilby støtteordningene til de som trenger det',
    unmeasured: `${OWN_WORK} ${LOW_INCOME}`,
    measures: [
      'Tverrfaglig samarbeid styrkes for å finne frem til og nå barn og unge i lavinntektsfamilier med tilbud om støtte og aktiviteter. Kommunen utarbeider en oversikt for hvordan og når informasjon kan utveksles mellom de forskjellige kommunale virksomhetene, og hvordan man kan etablere kontakt med frivillige etter behov.'
    ],
    follow_up: followUp([153, 156])
  },
  {
    id: 'hp-tiltak-13',
    section: 'Videreføre utlånssentralen',
    kind,
    location: 'linje 50',
    quote: 'Sikre barn og unge tilgang til utstyr for å delta i fritidsaktiviteter',
    unmeasured: 'Utlån fra utlånssentralen telles av kommunen; ingen offentlig statistikk.',
    measures: [
      'Tilstrebe bedre utvalg slik at en også kan låne utstyr til sommeraktiviteter. Jobbe mot å bedre tilgjengeligheten.'
    ],
    follow_up: followUp([162, 167])
  }
];

const request = 'anmodning';
const decision = (topic: string) => `Vedtak 30.01.24, sak 4/24 – ${topic}`;

// The document wraps the requests in *…*; the quotes are the text inside.
const requests: GoalEntry[] = [
  {
    id: 'bystyret-anmodning-1',
    section: decision('oppfølging av handlingsplanen'),
    kind: request,
    location: 'linje 24',
    unmeasured: OWN_WORK,
    quote: 'Avklare videre oppfølging av vedtak om handlingsplan for inkludering av barn og unge',
    follow_up: followUp([54, 58])
  },
  {
    id: 'bystyret-anmodning-2',
    section: decision('skolehelsetjenestens bemanning og tilgjengelighet'),
    kind: request,
    location: 'linje 25',
    quote:
      'Gjøre systematiske vurderinger av bemanningsbehov/arbeidsmåter for å gjøre skolehelsetjenesten lettere tilgjengelig og at en får gjennomført samtaler',
    // The norms are in the document itself (lines 197-200): «Bemanning basert på veiledende nasjonale normtall (2010)».
    unmeasured: notLoaded(
      'Bemanningsnorm for helsesykepleiere (veiledende nasjonale normtall fra 2010, ikke juridisk bindende): 300 elever per helsesykepleier i barneskolen, 550 i ungdomsskolen og 800 i videregående skole (Helsedirektoratet; årsverk i helsestasjons- og skolehelsetjenesten: KOSTRA/SSB)'
    ),
    follow_up: followUp([192, 202], [208, 217], [222, 231])
  },
  {
    id: 'bystyret-anmodning-3',
    section: decision('brukermedvirkning'),
    kind: request,
    location: 'linje 26',
    quote: 'Sikre brukermedvirkning på systemnivå for hele helsestasjons- og skolehelsetjenesten',
    unmeasured:
      'Ingen offentlig kommunestatistikk; oppfølgingen viser til Helsedirektoratets brukerundersøkelse for jordmor- og helsestasjonstjenesten (2025) og kommunens egne brukerundersøkelser (2026).',
    follow_up: followUp([235, 245])
  },
  {
    id: 'bystyret-anmodning-4',
    section: decision('tverrfaglig samarbeid'),
    kind: request,
    location: 'linje 27',
    target_kind: 'direction',
    direction: 'up',
    quote:
      'Sikre bedre oppfølging av det tverrfaglige samarbeidet mellom helsestasjonen, skolehelsetjeneste og de øvrige kommunale tjenestene.',
    unmeasured: 'Ingen statistikk måler tverrfaglig samarbeid.',
    follow_up: followUp([251, 258], [264, 274])
  }
];

/** The 13 measures in the plan's order (hp-tiltak-01 … hp-tiltak-13). */
export const HANDLINGSPLAN_GOALS: Goal[] = measures.map((e) => goal(HANDLINGSPLAN, e));

/** Bystyret's four requests to kommunedirektøren, in the decision's order. */
export const BYSTYRET_GOALS: Goal[] = requests.map((e) => goal(BYSTYRET, e));
