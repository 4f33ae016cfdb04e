import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto('http://127.0.0.1:4391' + process.argv[2]); await p.waitForTimeout(2500);
console.log(await p.locator('main').innerText());
await b.close();
