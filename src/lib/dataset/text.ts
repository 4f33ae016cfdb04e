// Text from uploads made safe to show: links only to the web, and bidi controls made visible instead of obeyed.

/** The URL when it is an absolute http(s) link, else '' (a `javascript:` or `data:` link is never stored or rendered). */
export function webLink(url: unknown): string {
  if (typeof url !== 'string') return '';
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return '';
  }
}

// Unicode bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) and the marks U+200E, U+200F, U+061C.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Text with each bidi control replaced by a visible marker «[U+202E]», so «fil‮nosj.vsc» cannot pass for «filcsv.json». */
export function visibleControls(text: string): string {
  return text.replace(BIDI, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
