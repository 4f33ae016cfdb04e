// WCAG 2.1 level A and AA success criteria, each with what this project knows of its own conformance.

export type Conformance = 'oppfylt' | 'delvis' | 'ikke vurdert';

/** One success criterion: number, Norwegian name, level, status, and how it is met or what is missing. */
export interface Criterion {
  id: string;
  name: string;
  level: 'A' | 'AA';
  status: Conformance;
  how: string;
}

const NO_MEDIA = 'Ikke relevant: nettstedet har ingen lyd eller video.';
const NO_INPUT = 'Ikke relevant: nettstedet har ingen skjema der brukeren skriver inn opplysninger.';
const AXE = 'Automatisk testet med axe-core på alle sidetyper (0 brudd).';

/** All 50 criteria of WCAG 2.1 A and AA, in the standard's order. */
export const CRITERIA: Criterion[] = [
  {
    id: '1.1.1',
    name: 'Ikke-tekstlig innhold',
    level: 'A',
    status: 'delvis',
    how: 'Grafer og kart har tekstalternativ (beskrivende etikett, figurtekst, setning som oppsummerer) og en tabell med de samme tallene. Ikke kontrollert med skjermleser.'
  },
  {
    id: '1.2.1',
    name: 'Bare lyd og bare video (forhåndsinnspilt)',
    level: 'A',
    status: 'oppfylt',
    how: NO_MEDIA
  },
  { id: '1.2.2', name: 'Teksting (forhåndsinnspilt)', level: 'A', status: 'oppfylt', how: NO_MEDIA },
  {
    id: '1.2.3',
    name: 'Synstolking eller mediealternativ (forhåndsinnspilt)',
    level: 'A',
    status: 'oppfylt',
    how: NO_MEDIA
  },
  { id: '1.2.4', name: 'Teksting (direkte)', level: 'AA', status: 'oppfylt', how: NO_MEDIA },
  { id: '1.2.5', name: 'Synstolking (forhåndsinnspilt)', level: 'AA', status: 'oppfylt', how: NO_MEDIA },
  {
    id: '1.3.1',
    name: 'Informasjon og relasjoner',
    level: 'A',
    status: 'delvis',
    how: `Overskrifter, landemerker, tabeller med kolonne- og radoverskrifter, merkede skjemafelt. ${AXE} Ikke gjennomgått manuelt med skjermleser.`
  },
  {
    id: '1.3.2',
    name: 'Meningsfylt rekkefølge',
    level: 'A',
    status: 'delvis',
    how: 'Rekkefølgen i koden er den samme som på skjermen. Ikke kontrollert med skjermleser.'
  },
  {
    id: '1.3.3',
    name: 'Sensoriske egenskaper',
    level: 'A',
    status: 'delvis',
    how: 'Instruksjoner viser ikke bare til form eller plassering, men noen figurtekster beskriver grafens utseende (for eksempel «tykk kant»); tallene står også i tabell. Ikke gjennomgått systematisk.'
  },
  {
    id: '1.3.4',
    name: 'Visningsretning',
    level: 'AA',
    status: 'oppfylt',
    how: 'Ingen side låser visningsretningen; sidene er testet automatisk i stående format, 320 piksler bredt.'
  },
  { id: '1.3.5', name: 'Identifiser formål med input', level: 'AA', status: 'oppfylt', how: NO_INPUT },
  {
    id: '1.4.1',
    name: 'Bruk av farge',
    level: 'A',
    status: 'delvis',
    how: 'Status for mål vises med ord og form, ikke bare farge. Linjene i grafene skilles med farge og forklaring; tabellen under grafen gir de samme tallene uten farge.'
  },
  { id: '1.4.2', name: 'Styring av lyd', level: 'A', status: 'oppfylt', how: NO_MEDIA },
  {
    id: '1.4.3',
    name: 'Kontrast (minimum)',
    level: 'AA',
    status: 'delvis',
    how: `Tekst på sidene: ${AXE} Tekst inne i grafene (SVG) sjekkes ikke automatisk.`
  },
  {
    id: '1.4.4',
    name: 'Endring av tekststørrelse',
    level: 'AA',
    status: 'ikke vurdert',
    how: 'Størrelser er satt i rem, så teksten følger nettleserens innstilling, men 200 % forstørrelse er ikke testet.'
  },
  {
    id: '1.4.5',
    name: 'Bilder av tekst',
    level: 'AA',
    status: 'oppfylt',
    how: 'Ingen bilder av tekst: grafene er SVG med ekte tekst.'
  },
  {
    id: '1.4.10',
    name: 'Dynamisk tilpasning (Reflow)',
    level: 'AA',
    status: 'oppfylt',
    how: 'Automatisk test: alle sidetyper er 320 piksler brede uten vannrett rulling av siden. Brede tabeller ruller i eget område som kan nås med tastatur.'
  },
  {
    id: '1.4.11',
    name: 'Kontrast for ikke-tekstlig innhold',
    level: 'AA',
    status: 'delvis',
    how: 'Fokusmarkering og knappekanter har god kontrast. Kontrasten på linjer og felt i grafene er ikke målt.'
  },
  {
    id: '1.4.12',
    name: 'Tekstavstand',
    level: 'AA',
    status: 'ikke vurdert',
    how: 'Ikke testet med økt linje-, ord- og bokstavavstand.'
  },
  {
    id: '1.4.13',
    name: 'Pekerfølsomt innhold',
    level: 'AA',
    status: 'delvis',
    how: 'Grafene viser en verdiboks når pekeren holdes over en linje. Den kan ikke lukkes med Esc, men forsvinner når pekeren flyttes; de samme tallene står i tabellen.'
  },
  {
    id: '2.1.1',
    name: 'Tastatur',
    level: 'A',
    status: 'delvis',
    how: 'Automatisk tastaturtest på forsiden og en indikatorside: alle lenker, knapper, nedtrekkslister, avkrysningsbokser og utvidbare felt nås med Tab. Andre sider er ikke testet slik.'
  },
  {
    id: '2.1.2',
    name: 'Ingen tastaturfelle',
    level: 'A',
    status: 'oppfylt',
    how: 'Tastaturtesten går gjennom alle elementer uten å bli fanget. Ingen egne widgets fanger fokus.'
  },
  {
    id: '2.1.4',
    name: 'Hurtigtaster',
    level: 'A',
    status: 'oppfylt',
    how: 'Nettstedet har ingen hurtigtaster.'
  },
  { id: '2.2.1', name: 'Justerbar hastighet', level: 'A', status: 'oppfylt', how: 'Ingen tidsfrister.' },
  {
    id: '2.2.2',
    name: 'Pause, stopp, skjul',
    level: 'A',
    status: 'oppfylt',
    how: 'Ikke noe innhold beveger seg, blinker eller oppdateres automatisk.'
  },
  {
    id: '2.3.1',
    name: 'Terskelverdi på maksimalt tre glimt',
    level: 'A',
    status: 'oppfylt',
    how: 'Ingenting blinker.'
  },
  {
    id: '2.4.1',
    name: 'Hoppe over blokker',
    level: 'A',
    status: 'oppfylt',
    how: 'Lenken «Hopp til innholdet» er første Tab-stopp og flytter fokus til hovedinnholdet (automatisk testet).'
  },
  {
    id: '2.4.2',
    name: 'Sidetitler',
    level: 'A',
    status: 'oppfylt',
    how: 'Hver side har en egen tittel som sier hva siden handler om.'
  },
  {
    id: '2.4.3',
    name: 'Fokusrekkefølge',
    level: 'A',
    status: 'delvis',
    how: 'Fokus følger rekkefølgen i koden, som er den samme som på skjermen. Ikke vurdert manuelt.'
  },
  {
    id: '2.4.4',
    name: 'Formål med lenke (i kontekst)',
    level: 'A',
    status: 'delvis',
    how: 'Lenker har navn på indikatoren eller målet de peker til. Ikke gjennomgått systematisk.'
  },
  {
    id: '2.4.5',
    name: 'Flere måter',
    level: 'AA',
    status: 'oppfylt',
    how: 'Hovedmeny, forsiden lister alle indikatorer, målsidene lenker til indikatorene, og profilen samler alt på én side.'
  },
  {
    id: '2.4.6',
    name: 'Overskrifter og ledetekster',
    level: 'AA',
    status: 'delvis',
    how: 'Overskrifter og ledetekster beskriver innholdet. Ikke gjennomgått systematisk.'
  },
  {
    id: '2.4.7',
    name: 'Synlig fokus',
    level: 'AA',
    status: 'oppfylt',
    how: 'Alle elementer som kan få fokus har tydelig fokusmarkering (automatisk testet på forsiden og en indikatorside).'
  },
  {
    id: '2.5.1',
    name: 'Pekerbevegelser',
    level: 'A',
    status: 'oppfylt',
    how: 'Ingen funksjon krever sveip, dra eller flere fingre.'
  },
  {
    id: '2.5.2',
    name: 'Pekeravbrytelse',
    level: 'A',
    status: 'oppfylt',
    how: 'Bare vanlige lenker og knapper, som utløses når knappen slippes.'
  },
  {
    id: '2.5.3',
    name: 'Ledetekst i navn',
    level: 'A',
    status: 'delvis',
    how: 'Synlig tekst er med i det tilgjengelige navnet på knapper og lenker. Ikke gjennomgått systematisk.'
  },
  {
    id: '2.5.4',
    name: 'Bevegelsesaktivering',
    level: 'A',
    status: 'oppfylt',
    how: 'Ingen funksjon styres ved å bevege eller riste enheten.'
  },
  {
    id: '3.1.1',
    name: 'Språk på siden',
    level: 'A',
    status: 'oppfylt',
    how: 'Sidene er merket som norsk bokmål (lang="nb").'
  },
  {
    id: '3.1.2',
    name: 'Språk på deler av innholdet',
    level: 'AA',
    status: 'ikke vurdert',
    how: 'Ikke gjennomgått for tekst på andre språk.'
  },
  {
    id: '3.2.1',
    name: 'Fokus',
    level: 'A',
    status: 'oppfylt',
    how: 'Ingenting skifter side eller åpner vinduer når et element får fokus.'
  },
  {
    id: '3.2.2',
    name: 'Inndata',
    level: 'A',
    status: 'oppfylt',
    how: 'Valg i nedtrekkslister og avkrysningsbokser oppdaterer grafen på samme side; fokus blir stående.'
  },
  {
    id: '3.2.3',
    name: 'Konsekvent navigering',
    level: 'AA',
    status: 'oppfylt',
    how: 'Samme meny og bunntekst på alle sider.'
  },
  {
    id: '3.2.4',
    name: 'Konsekvent identifikasjon',
    level: 'AA',
    status: 'delvis',
    how: 'Samme funksjoner har samme navn (for eksempel «Last ned», «Skriv ut»). Ikke gjennomgått systematisk.'
  },
  { id: '3.3.1', name: 'Identifikasjon av feil', level: 'A', status: 'oppfylt', how: NO_INPUT },
  {
    id: '3.3.2',
    name: 'Ledetekster eller instruksjoner',
    level: 'A',
    status: 'oppfylt',
    how: `Nedtrekkslister og avkrysningsbokser har ledetekst og gruppenavn. ${AXE}`
  },
  { id: '3.3.3', name: 'Forslag ved feil', level: 'AA', status: 'oppfylt', how: NO_INPUT },
  {
    id: '3.3.4',
    name: 'Forhindre feil (juridiske feil, økonomiske feil, datafeil)',
    level: 'AA',
    status: 'oppfylt',
    how: 'Ikke relevant: nettstedet tar ikke imot bestillinger, svar eller andre opplysninger.'
  },
  {
    id: '4.1.1',
    name: 'Parsing (oppdeling)',
    level: 'A',
    status: 'oppfylt',
    how: 'HTML-en lages av rammeverket og er gyldig; kriteriet er tatt ut av WCAG 2.2.'
  },
  {
    id: '4.1.2',
    name: 'Navn, rolle, verdi',
    level: 'A',
    status: 'delvis',
    how: `Vanlige HTML-elementer; grafene har rolle og navn. ${AXE} Ikke testet med skjermleser.`
  },
  {
    id: '4.1.3',
    name: 'Statusbeskjeder',
    level: 'AA',
    status: 'delvis',
    how: 'Når grafen oppdateres, meldes det i et statusfelt (role="status"). Ikke testet med skjermleser.'
  }
];
