// Bytes of an uploaded file → text: the encoding detected (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252), binaries refused.
import type { Problem } from './problem';

/** Files above this size are refused before they are read: the browser would hold them several times over. */
export const MAX_BYTES = 50 * 1024 * 1024;

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252';

const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'en Excel-fil (xlsx) eller et annet zip-arkiv'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'en eldre Excel-fil (xls): lagre den som CSV'],
  [[0x89, 0x50, 0x4e, 0x47], 'et bilde (PNG)'],
  [[0xff, 0xd8, 0xff], 'et bilde (JPEG)'],
  [[0x47, 0x49, 0x46, 0x38], 'et bilde (GIF)'],
  [[0x25, 0x50, 0x44, 0x46], 'en PDF']
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** The file's text and encoding, or a Problem (line 1) when it is empty, too large, or not text at all. */
export function decode(file: string, bytes: Uint8Array): { text: string; encoding: Encoding } | Problem {
  const refuse = (message: string): Problem => ({ file, line: 1, column: '', message });
  if (bytes.length === 0) return refuse('filen er tom');
  if (bytes.length > MAX_BYTES) return tooLarge(file, bytes.length);
  const signature = SIGNATURES.find(([sig]) => startsWith(bytes, sig));
  if (signature)
    return refuse(
      `filen er ${signature[1]}, ikke CSV eller JSON: lagre den som CSV, eller last ned CSV eller JSON-stat fra kilden`
    );
  const encoding = detect(bytes);
  const start =
    encoding === 'UTF-8' && startsWith(bytes, [0xef, 0xbb, 0xbf])
      ? 3
      : encoding.startsWith('UTF-16') && bom16(bytes)
        ? 2
        : 0;
  const text = new TextDecoder(encoding).decode(bytes.subarray(start));
  // eslint-disable-next-line no-control-regex -- control characters are exactly what marks a binary file
  if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 65536)))
    return refuse('filen ser ut til å være binær (ikke tekst): last opp CSV eller JSON');
  if (text.trim() === '') return refuse('filen er tom');
  return { text, encoding };
}

/** The answer to a file above MAX_BYTES, given before it is read. */
export function tooLarge(file: string, size: number): Problem {
  return {
    file,
    line: 1,
    column: '',
    message: `filen er ${mib(size)}; grensen er ${mib(MAX_BYTES)}. Del den opp (for eksempel én indikator eller noen år per fil).`
  };
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const bom16 = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

function detect(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  // UTF-16 without BOM: ASCII text has a zero in every other byte.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  if (oddZeros > sample.length / 4 && evenZeros === 0) return 'UTF-16LE';
  if (evenZeros > sample.length / 4 && oddZeros === 0) return 'UTF-16BE';
  try {
    new TextDecoder('UTF-8', { fatal: true }).decode(bytes);
    return 'UTF-8';
  } catch {
    return 'windows-1252'; // what Norwegian Excel and SSB's older downloads write (ISO-8859-1 is a subset)
  }
}
