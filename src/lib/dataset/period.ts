// Period labels as the sources write them, and the calendar year each is placed at.

const FORMS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/^(\d{4})$/, (m) => Number(m[1])], // '2023': a year or a survey year
  [/^(\d{4})-(\d{4})$/, (m) => Number(m[2])], // '2020-2022': a rolling average, placed at its last year
  [/^(\d{4})-(\d{2})$/, (m) => Number(m[1]) + 1], // '2019-20': a school year, placed at its spring
  [/^(\d{4})\/(\d{2})-(\d{4})\/(\d{2})$/, (m) => Number(m[3]) + 1] // '2020/21-2022/23': rolling school years
];

/** The year a period label is placed at ('2020-2022' → 2022, '2019-20' → 2020), or undefined for a label in no known form. */
export function periodYear(period: string): number | undefined {
  for (const [form, year] of FORMS) {
    const m = form.exec(period.trim());
    if (m) {
      const y = year(m);
      const first = Number(period.slice(0, 4));
      return y >= first && y - first <= 10 ? y : undefined;
    }
  }
  return undefined;
}

/** FHI's AAR codes: '2020_2022' → '2020-2022', '2023_2023' → '2023'. */
export function fhiPeriod(code: string): string {
  const m = /^(\d{4})_(\d{4})$/.exec(code.trim());
  if (!m) return code.trim();
  return m[1] === m[2] ? m[1] : `${m[1]}-${m[2]}`;
}

export const PERIOD_FORMS = '«2023», «2020-2022», «2022-23» eller «2020/21-2022/23»';
