// A build step for Designsystemet's CSS: the few `:has()` rules whose subject is any element get the element they mean.
// `:has(label):not(:has(label:hover)) .ds-input` and `:not(:has(thead)) tbody` match on every ancestor, so Chromium
// re-checks every ancestor, and restyles the whole document, for each element the parser or a script inserts: loading
// the front page made 84 such invalidations of <html>, <body> and <main>, and its style work fell from 128–180 ms to
// 74–88 ms (traced, CPU unthrottled) once they were gone. Scoped to the field and the table, they style what they did.

/** Each universal `:has()` as Designsystemet ships it, and the same condition on the element it is about. */
export const SCOPED_HAS: readonly (readonly [string, string])[] = [
  [':has(label):not(:has(label:hover)) .ds-input', '.ds-field:not(:has(label:hover)) .ds-input'],
  [':not(:has(thead)) tbody', '.ds-table:not(:has(>thead))>tbody'],
  [':not(:has(tfoot)) tbody', '.ds-table:not(:has(>tfoot))>tbody']
];

/** `selector` with every universal `:has()` of SCOPED_HAS scoped. */
export function scopeHas(selector: string): string {
  return SCOPED_HAS.reduce((s, [from, to]) => s.split(from).join(to), selector);
}

/** The PostCSS plugin (vite.config.ts): rewrites each rule's selector. */
export const scopedHas = {
  postcssPlugin: 'scoped-has',
  Rule(rule: { selector: string }) {
    const scoped = scopeHas(rule.selector);
    if (scoped !== rule.selector) rule.selector = scoped;
  }
};
