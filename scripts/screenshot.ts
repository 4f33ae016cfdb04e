// Screenshots of built pages in Debian's Chromium: `npx tsx scripts/screenshot.ts out.png /path [width] [scrollY]`
// (full page without scrollY; one 900 px high viewport from scrollY with it).
import { start } from '../src/e2e/browser';

const [out = 'shot.png', path = '/', width = '1280', scrollY] = process.argv.slice(2);
const session = await start();
const page = await session.open(path, { width: Number(width), height: 900 });
await page.waitForLoadState('networkidle');
if (scrollY) await page.evaluate((y) => window.scrollTo(0, y), Number(scrollY));
await page.screenshot({ path: out, fullPage: !scrollY });
if (process.env.DUMP)
  console.log(await page.locator(process.env.DUMP).evaluate((e) => e.outerHTML.slice(0, 3000)));
if (session.errors.length) console.error(session.errors.join('\n'));
await session.close();
