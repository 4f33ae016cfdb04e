// Inter (latin subset, variable weight) is added after the page has painted, from the layout's onMount: a font named in
// the stylesheet is fetched at the highest priority and holds back first paint on a slow phone. Until it arrives, and
// without JavaScript, text is drawn in the stack's system sans-serif (app.css), never the browser's default serif.
import url from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';

/** The unicode-range of Fontsource's latin subset, so the face is used only for the characters it has. */
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, ' +
  'U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/** Loads «Inter Variable» once and adds it to the document; text swaps to it when it has arrived. */
export function loadInter(): Promise<void> {
  if ([...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Inter Variable'))
    return Promise.resolve();
  const face = new FontFace('Inter Variable', `url(${url}) format('woff2')`, {
    weight: '100 900',
    style: 'normal',
    display: 'swap',
    unicodeRange: LATIN
  });
  document.fonts.add(face);
  return face.load().then(
    () => undefined,
    () => undefined // a font that does not arrive leaves the system sans-serif in place
  );
}
