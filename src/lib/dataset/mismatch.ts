// Whether a file fits the series it is offered for: period type, grade or population, standardisation, geography level, scale.
import { geography } from './geographies';
import type { Target } from './readers/target';
import type { Problem } from './problem';
import type { Observation } from './schema';

/** What the file itself says about whom and how it counts (from its header and first rows). */
export interface FileTraits {
  grades: number[]; // «7. trinn», «10. trinn» mentioned in the file
  upperSecondary: boolean; // «utdanningsprogram», «videregående», «Vg1» …
  standardised: boolean | undefined; // true: «standardisert»; false: «ikke standardisert» or a Udir export; undefined: the file does not say
}

/** A difference between file and series: `stop` refuses the file; `probable` needs the analyst's «Jeg vet at …» (`confirm`). */
export interface Mismatch {
  indicator: string;
  kind: 'stop' | 'probable';
  message: string;
  confirm?: string;
}

/** The traits of a file from a sample of its text (header and first rows) and the format it was read as. */
export function traitsOf(sample: string, format: string): FileTraits {
  const grades = [...sample.matchAll(/\b(\d{1,2})\. ?trinn\b/gi)].map((m) => Number(m[1]));
  const unstandardised = /ikke standardisert/i.test(sample) || format.startsWith('Udir');
  return {
    grades: [...new Set(grades)],
    upperSecondary: /utdanningsprogram|videregående|\bVg[1-3]\b/i.test(sample),
    standardised: unstandardised ? false : /standardisert/i.test(sample) ? true : undefined
  };
}

type PeriodForm = 'år' | 'skoleår' | 'skoleårsspenn' | `spenn${number}`;

function formOf(period: string): PeriodForm | undefined {
  if (/^\d{4}$/.test(period)) return 'år';
  if (/^\d{4}-\d{2}$/.test(period)) return 'skoleår';
  if (/^\d{4}\/\d{2}-\d{4}\/\d{2}$/.test(period)) return 'skoleårsspenn';
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  return span ? `spenn${Number(span[2]) - Number(span[1]) + 1}` : undefined;
}

const EXPECTED: Record<string, { forms: PeriodForm[]; words: string }> = {
  annual: { forms: ['år'], words: 'ettårige tall («2023»)' },
  'survey year': { forms: ['år'], words: 'ett undersøkelsesår («2023»)' },
  'school year': { forms: ['skoleår'], words: 'ett skoleår («2022-23»)' },
  '3-year rolling': {
    forms: ['spenn3', 'skoleårsspenn'],
    words: 'treårige glidende gjennomsnitt («2020-2022» eller «2020/21-2022/23»)'
  },
  '4-year rolling': { forms: ['spenn4'], words: 'fireårige glidende gjennomsnitt («2022-2025»)' },
  '5-year rolling': { forms: ['spenn5'], words: 'femårige glidende gjennomsnitt («2018-2022»)' }
};

const FORM_WORDS: Record<string, string> = {
  år: 'ettårige tall',
  skoleår: 'enkeltskoleår',
  skoleårsspenn: 'perioder av skoleår'
};
const formWords = (form: PeriodForm) => FORM_WORDS[form] ?? `${form.slice(5)}-årige perioder`;

const isStandardised = (t: Target) => String((t as { standardised?: unknown }).standardised) === 'true';
const gradeOf = (t: Target) => Number(/\b(\d{1,2})\. trinn\b/.exec(t.name)?.[1]) || undefined;
const instead = (t: Target) => `last ned serien fra ${t.source_table} i stedet`;

/** Every mismatch between the rows a file gives and the series they would join (`loaded`: the series' rows now). */
export function mismatches(
  target: Target,
  rows: Pick<Observation, 'geo' | 'period' | 'breakdown' | 'value'>[],
  traits: FileTraits,
  loaded: Observation[]
): Mismatch[] {
  const out: Mismatch[] = [];
  const stop = (message: string) => out.push({ indicator: target.id, kind: 'stop', message });
  const name = `«${target.name}» (${target.id})`;
  const expected = EXPECTED[target.period_type];
  const wrong = expected && rows.find((r) => !expected.forms.includes(formOf(r.period) ?? 'år'));
  if (wrong)
    stop(
      `filen har ${formWords(formOf(wrong.period)!)} («${wrong.period}»), men ${name} har ${expected.words}: ${instead(target)}`
    );
  const grade = gradeOf(target);
  if (grade && traits.upperSecondary)
    stop(
      `filen gjelder videregående skole (utdanningsprogram), men ${name} gjelder ${grade}. trinn: ${instead(target)}`
    );
  else if (grade && traits.grades.length && !traits.grades.includes(grade))
    stop(
      `filen gjelder ${traits.grades.map((g) => `${g}. trinn`).join(', ')}, men ${name} gjelder ${grade}. trinn: ${instead(target)}`
    );
  const level = (o: Pick<Observation, 'geo'>) => geography(o.geo)?.level;
  // a county-only file is an update of the county line when the series has one (SSB 12061's county table)
  const countyLine = loaded.some((o) => level(o) === 'fylke');
  if (loaded.some((o) => level(o) === 'kommune') && !countyLine && !rows.some((o) => level(o) === 'kommune'))
    stop(
      `filen har bare fylke og land (${[...new Set(rows.map((o) => o.geo))].join(', ')}), men ${name} er en serie for kommunene: last ned tallene for kommunene`
    );
  const scale = scaleMismatch(target, rows, loaded);
  if (scale) out.push(scale);
  if (isStandardised(target) && traits.standardised === false)
    out.push({
      indicator: target.id,
      kind: 'probable',
      message: `tallene i filen er ikke standardisert, men ${name} er standardisert (for alder og kjønn), så de kan ikke sammenlignes direkte`,
      confirm: `Jeg vet at tallene i filen ikke er standardisert, og vil likevel legge dem i ${target.name}`
    });
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Values a factor of ~100 off the series' (fractions 0.043 where it holds 4.3 %, points/100): stopped where keys overlap, else probable. */
function scaleMismatch(
  target: Target,
  rows: Pick<Observation, 'geo' | 'period' | 'breakdown' | 'value'>[],
  loaded: Observation[]
): Mismatch | undefined {
  const key = (o: Pick<Observation, 'geo' | 'period' | 'breakdown'>) => `${o.geo}|${o.period}|${o.breakdown}`;
  const before = new Map(loaded.filter((o) => o.value).map((o) => [key(o), o.value!]));
  const ratios = rows.flatMap((o) => (o.value && before.has(key(o)) ? [before.get(key(o))! / o.value] : []));
  const overlap = ratios.length > 0;
  const values = rows.flatMap((o) => (o.value ? [o.value] : []));
  const ratio = overlap
    ? median(ratios)
    : values.length && before.size
      ? median([...before.values()]) / median(values)
      : 1;
  if (ratio < 30 && ratio > 1 / 30) return undefined;
  const sample = rows.find((o) => o.value)!;
  const smaller = ratio >= 30;
  const message = `verdiene i filen er omtrent ${smaller ? '1/100 av' : '100 ganger'} seriens (${String(sample.value).replace('.', ',')} i filen): ${smaller ? 'filen har andeler som brøk (0,043) eller poeng delt på 100, men serien har prosent (4,3) eller poeng' : 'filen har prosent der serien har brøk'}`;
  return overlap
    ? { indicator: target.id, kind: 'stop', message }
    : {
        indicator: target.id,
        kind: 'probable',
        message,
        confirm: `Jeg vet at verdiene i filen er på en annen skala enn i ${target.name}, og vil likevel legge dem inn`
      };
}

/** A stopping mismatch as the file's problem, worded alike in the page, the CLI and readUpload. */
export function mismatchProblem(file: string, m: Mismatch): Problem {
  return { file, line: 1, column: '', message: `passer ikke ${m.indicator}: ${m.message}` };
}
