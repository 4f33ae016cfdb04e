// `npm start` / `npm run preview`: serves build/ (or OPPVEKST_BUILD_DIR) at http://127.0.0.1:4173 (PORT overrides).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../src/lib/server/serve.js';

const dir = process.env.OPPVEKST_BUILD_DIR || 'build';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Fant ikke ${dir}/. Kjør «npm run build» først (eller «npm start», som bygger og starter).`);
  process.exit(1);
}
const { url } = await serve(resolve(dir));
console.log(`Oppvekstmonitor kjører på ${url}`);
