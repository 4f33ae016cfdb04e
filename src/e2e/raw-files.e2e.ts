// Every file in data/raw, offered to «Last inn data» in Chromium as an analyst would, previews «0 nye, 0 endrede» with all its rows unchanged.
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvRows } from '../lib/server/csvFile';
import { FAMILIES } from '../lib/dataset/schema';
import { RAW_FILES, readRawFile } from '../lib/server/rawFiles';
import { combine } from '../lib/dataset/combine';
import { browserForTests } from './browser';

const root = resolve(import.meta.dirname, '../..');
const s = browserForTests();

/**
 * How many extract rows this raw file gives (what the preview must count as unchanged): those naming it as their
 * source, and those two files give alike that the build took from the earlier one (2020 in SSB 13135 and 12061).
 */
async function builtRows(file: string): Promise<number> {
  const built = FAMILIES.flatMap((f) => csvRows(join(root, 'data', `${f.id}.csv`)));
  const key = (
    r: Record<string, string> | { indicator: string; geo: string; period: string; breakdown: string }
  ) => [r.indicator, r.geo, r.period, r.breakdown].join('\u0000');
  const own = built.filter((r) => r.source.startsWith(`data/raw/${file}:`));
  const { drafts } = await readRawFile(
    join(root, 'data/raw'),
    RAW_FILES.find((r) => r.file === file)!
  );
  const given = new Set(combine(drafts).rows.map(key));
  const shared = built.filter((r) => given.has(key(r)) && !r.source.startsWith(`data/raw/${file}:`));
  return own.length + shared.length;
}

// scripts/importers/raw-files.spec.ts checks that RAW_FILES is exactly what data/raw holds.
describe('every raw file loads in the browser unchanged', () => {
  test.each(RAW_FILES)('$file previews 0 nye, 0 endrede', async ({ file, feeds }) => {
    const page = await s.open('/last-inn');
    await page.waitForLoadState('networkidle');
    await page.setInputFiles('#filer', join(root, 'data/raw', file));
    const pending = page.locator('.pending');
    await expect
      .poll(() => pending.textContent(), { timeout: 60_000 })
      .toMatch(/Forhåndsvisning|velg indikator|Indikator/i);
    if ((await page.locator('#valg-indikator').count()) > 0) {
      // The file does not name its indicator: the analyst picks the one it feeds.
      await page.locator('#valg-indikator').selectOption(feeds[0]);
      await page.getByRole('button', { name: 'Les filen som denne indikatoren' }).click();
    }
    await expect
      .poll(() => pending.textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`0 nye rader, 0 endrede verdier, ${await builtRows(file)} uendrede rader`));
    await page.close();
  });
});
