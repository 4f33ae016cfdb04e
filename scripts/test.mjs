// `npm test`: formatting and lint, type check, unit tests on the real DuckDB, a build, then browser tests in Debian's Chromium.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium mangler: installerer Debians chromium med apt-get …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit'
    });
    if (existsSync(CHROMIUM)) return;
  }
  console.error(
    `Fant ikke Chromium på ${CHROMIUM}. Installer Debians pakke som root:\n` +
      '  apt-get update && apt-get install -y chromium\n' +
      'eller pek CHROMIUM_PATH på en Chromium-binærfil. Testene laster aldri ned en nettleser selv.'
  );
  process.exit(1);
}

function step(title, cmd, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✗ ${title} feilet`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync('node_modules/.bin/vitest')) {
  console.error('Avhengighetene er ikke installert. Kjør først:\n  npm ci');
  process.exit(1);
}
ensureChromium();
step('Formatering (prettier --check)', 'npx', ['--no-install', 'prettier', '--check', '.']);
step('Lint (eslint)', 'npx', ['--no-install', 'eslint', '.']);
step('Typesjekk (svelte-check)', 'npx', ['--no-install', 'svelte-kit', 'sync']);
// Warnings fail too: a `state_referenced_locally` warning is a bug that does not crash.
step('Typesjekk (svelte-check)', 'npx', [
  '--no-install',
  'svelte-check',
  '--tsconfig',
  './tsconfig.json',
  '--fail-on-warnings'
]);
step('Enhetstester (vitest, DuckDB i Node)', 'npx', ['--no-install', 'vitest', 'run', '--project', 'node']);
step('Bygg (vite build, forhåndsrendering, komprimering)', 'npm', ['run', '--silent', 'build']);
step('Nettlesertester (Chromium)', 'npx', ['--no-install', 'vitest', 'run', '--project', 'e2e']);
