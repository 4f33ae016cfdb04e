import { describe, expect, it } from 'vitest';
import { GOALS } from './goals';
import { fold, planLines, unmark } from './plan-text';

const file = 'data/plans/oppfolging-tidlig-innsats-2026.txt';
const lines = planLines(file);
const measures = GOALS.filter((g) => g.kind === 'tiltak');
const requests = GOALS.filter((g) => g.kind === 'anmodning');
const number = (id: string) => Number(id.slice(-2));
const isHeading = (line: string) => /^#{1,6} /.test(line);

/** The text under the follow-up heading of measure n («### *3. …», «## *4 . …»), up to the next heading; '' when there is none. */
function followUpSection(n: number): string {
  const start = lines.findIndex((l) => new RegExp(`^#{1,6} \\**${n} ?\\. `).test(l));
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && isHeading(l));
  return unmark(fold(lines.slice(start + 1, end).join('\n')));
}

/**
 * The follow-up under a request's heading (the first request: under «Hvordan er vedtaket fra Bystyret fulgt opp?»),
 * up to the next request or «Spørsmål?», without sub-headings, page footers and empty bullets.
 */
function requestSection(quote: string, first: boolean): string {
  const isRequest = (l: string) => isHeading(l) && requests.some((r) => l.includes(`*${r.quote}*`));
  const start = lines.findIndex((l) =>
    first
      ? isHeading(l) && l.includes('Hvordan er vedtaket fra Bystyret fulgt opp?')
      : isHeading(l) && l.includes(`*${quote}*`)
  );
  const end = lines.findIndex(
    (l, j) => j > start && (first ? isHeading(l) : isRequest(l) || l.startsWith('# Spørsmål?'))
  );
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !isHeading(l) && !['-', 'PORSGRUNN KOMMUNE'].includes(l.trim()));
  return unmark(fold(body.join('\n')));
}

describe('Handlingsplan for inkludering av barn og unge 2020-2024', () => {
  it('has all 13 measures, hp-tiltak-01 … hp-tiltak-13, each with a goal and a description', () => {
    expect(measures.map((g) => g.id)).toEqual(
      Array.from({ length: 13 }, (_, i) => `hp-tiltak-${String(i + 1).padStart(2, '0')}`)
    );
    for (const g of measures) {
      expect(g.plan).toBe('Handlingsplan for inkludering av barn og unge 2020-2024');
      expect(
        [g.quote, g.section, g.measures].every((text) => text.length > 0),
        g.id
      ).toBe(true);
    }
  });

  it.each(measures.map((g) => [g.id, g] as const))(
    '%s: is the table row «nr, Tiltak, Mål, Beskrivelse» at its location',
    (id, g) => {
      const [nr, tiltak, mal, beskrivelse] = lines[Number(g.location.replace('linje ', '')) - 1].split('\t');
      expect(Number(nr)).toBe(number(id));
      expect(fold(tiltak)).toContain(g.section);
      expect([fold(mal), fold(beskrivelse)]).toEqual([g.quote, g.measures]);
    }
  );

  it.each(measures.map((g) => [g.id, g] as const))(
    '%s: follow-up is the 2026 text under the measure’s heading',
    (id, g) => {
      expect(g.follow_up).toBe(followUpSection(number(id)));
    }
  );

  it('has follow-up text for measures 3-13 and none for 1 and 2, which the document skips', () => {
    expect(measures.filter((g) => g.follow_up === '').map((g) => g.id)).toEqual([
      'hp-tiltak-01',
      'hp-tiltak-02'
    ]);
  });

  it('links kulturskole_6_15 to the kulturskole measure and names Ungdata for the leisure measures', () => {
    expect(GOALS.find((g) => g.id === 'hp-tiltak-05')?.indicators).toBe('kulturskole_6_15');
    expect(GOALS.find((g) => g.id === 'hp-tiltak-07')).toMatchObject({
      target_kind: 'direction',
      direction: 'up',
      indicators: ''
    });
    expect(GOALS.find((g) => g.id === 'hp-tiltak-07')?.unmeasured).toContain(
      'Ungdata «deltar i organisert fritidsaktivitet» (NOVA'
    );
  });
});

describe('Bystyret 30.01.24, sak 4/24', () => {
  it('has the four requests, quoted as the text inside the document’s *…*', () => {
    const start = lines.findIndex((l) => l.startsWith('Bystyret fattet følgende vedtak 30.01.24, sak 4/24'));
    const inside = lines
      .slice(start, start + 10)
      .map((l) => /^- \*(.+)\*$/.exec(l)?.[1])
      .filter((q): q is string => !!q);
    expect(inside).toHaveLength(4);
    expect(requests.map((g) => g.quote)).toEqual(inside);
    expect(requests.map((g) => g.id)).toEqual([1, 2, 3, 4].map((n) => `bystyret-anmodning-${n}`));
  });

  it.each(requests.map((g, i) => [g.id, g, i] as const))(
    '%s: follow-up is the text under the request’s heading, sub-headings left out',
    (_, g, i) => {
      expect(g.follow_up).not.toBe('');
      expect(g.follow_up).toBe(requestSection(g.quote, i === 0));
    }
  );

  it('names the school health norms with the numbers the document gives', () => {
    const norm = GOALS.find((g) => g.id === 'bystyret-anmodning-2')!.unmeasured;
    for (const n of [300, 550, 800]) {
      expect(norm).toContain(`${n}`);
      expect(
        lines.some((l) => l.includes(`${n} elever per helsesykepleier`)),
        `${n} in the document`
      ).toBe(true);
    }
    expect(norm).toContain('KOSTRA/SSB');
  });
});
