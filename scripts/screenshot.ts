// Takes full-page screenshots of built pages in Debian's Chromium: `npx tsx scripts/screenshot.ts out.png /path [width]`.
import { start } from '../src/e2e/browser';

const [out = 'shot.png', path = '/', width = '1280'] = process.argv.slice(2);
const session = await start();
const page = await session.open(path, { width: Number(width), height: 900 });
await page.waitForLoadState('networkidle');
await page.screenshot({ path: out, fullPage: true });
if (process.env.DUMP) console.log(await page.locator(process.env.DUMP).evaluate((e) => e.outerHTML.slice(0, 3000)));
if (session.errors.length) console.error(session.errors.join('\n'));
await session.close();
