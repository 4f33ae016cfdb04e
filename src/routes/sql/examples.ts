// Example queries on the SQL page: each a button that fills the box, and a first lesson in the tables.

/** A ready-made query with the button text that names it. */
export interface Example {
  label: string;
  sql: string;
}

export const EXAMPLES: Example[] = [
  {
    label: 'Porsgrunns nyeste tall',
    sql: `-- Porsgrunns nyeste verdi for hver indikator (standardvisningen)
SELECT i.name AS indikator, o.period AS periode, o.value AS verdi, i.unit AS enhet
FROM observation o
JOIN indicator i ON i.id = o.indicator AND o.breakdown = split_part(i.breakdowns, '|', 1)
WHERE o.geo = '4001' AND o.value IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY o.indicator ORDER BY o.year DESC) = 1
ORDER BY i.family, i.name`
  },
  {
    label: 'Grunnskolepoeng over tid',
    sql: `-- Porsgrunn, Telemark og Norge, nyeste periode først
SELECT o.period AS periode, g.name AS område, o.value AS poeng
FROM observation o
JOIN geography g ON g.code = o.geo
WHERE o.indicator = 'grunnskolepoeng' AND o.breakdown = 'alle' AND o.geo IN ('4001', '40', '0')
ORDER BY o.year DESC, o.geo`
  },
  {
    label: 'Geografiene',
    sql: `-- Kommune- og fylkesnummer, også de gamle (0805, 3806, 38) og hva de er slått sammen med
SELECT * FROM geography ORDER BY level, code`
  },
  { label: 'Oppsummer observation', sql: 'SUMMARIZE observation' }
];
