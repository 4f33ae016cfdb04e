// One family in one sentence: how many indicators are better or worse than Norway, and how many moved since the period before.
import type { Verdict } from './verdict';
import type { Change } from './change';

/** What the sentence counts for one indicator: its verdict against Norway and its change since the previous period. */
export interface FamilyCount {
  verdict: Verdict;
  change: Change | null; // null when home has fewer than two periods with a value
}

const count = <T>(items: T[], want: T) => items.filter((i) => i === want).length;

/** «3 uendret og 1 uten retning»: the non-zero counts, joined as Norwegian lists them; '' when all are zero. */
function rest(parts: [number, string][]): string {
  const named = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} og ${named.at(-1)}` : (named[0] ?? '');
}

/**
 * «Porsgrunn er bedre enn landet på 1 og dårligere på 4 av 6 indikatorer (1 om lag som landet). Siden forrige sammenlignbare periode er
 * 2 blitt bedre og 3 dårligere (1 uendret).» Indicators with no better direction count as «uten retning».
 */
export function familySummary(rows: FamilyCount[], home: string): string {
  const verdicts = rows.map((r) => r.verdict);
  const moves = rows.map((r) => r.change);
  const against = rest([
    [count(verdicts, 'likt'), 'om lag som landet'],
    [count(verdicts, 'høyere') + count(verdicts, 'lavere'), 'uten retning'],
    [count(verdicts, 'ukjent'), 'uten tall å sammenligne']
  ]);
  const since = rest([
    [count(moves, 'uendret'), 'uendret'],
    [count(moves, 'høyere') + count(moves, 'lavere'), 'uten retning'],
    [count(moves, null), 'uten tidligere tall']
  ]);
  const indicators = rows.length === 1 ? 'indikator' : 'indikatorer';
  const directed = rows.filter((r) => r.verdict !== 'høyere' && r.verdict !== 'lavere');
  if (directed.length === 0) {
    // Nothing here has a better direction (barnevern: more measures can mean more help): say levels and moves, not judgements.
    const higher = count(moves, 'høyere');
    const lower = count(moves, 'lavere');
    return (
      `${rows.length === 1 ? 'Indikatoren' : `Alle ${rows.length} indikatorene`} i dette temaet har ingen «bedre» retning, så ${home} blir ikke vurdert som bedre eller dårligere enn landet.` +
      ` Siden forrige sammenlignbare periode er ${higher} gått opp og ${lower} gått ned${count(moves, 'uendret') ? ` (${count(moves, 'uendret')} uendret)` : ''}.`
    );
  }
  return (
    `${home} er bedre enn landet på ${count(verdicts, 'bedre')} og dårligere på ${count(verdicts, 'dårligere')} av ${rows.length} ${indicators}` +
    `${against ? ` (${against})` : ''}. Siden forrige sammenlignbare periode er ${count(moves, 'bedre')} blitt bedre og ${count(moves, 'dårligere')} dårligere` +
    `${since ? ` (${since})` : ''}.`
  );
}
