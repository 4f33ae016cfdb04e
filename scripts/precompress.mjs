// After `vite build`: writes file.gz and file.br beside every compressible file in build/, for hosts that serve them.
// Brotli quality 11 takes ~55 s on the 33 MB DuckDB wasm for a 12 % smaller file than quality 9 (~4 s): large files get 9.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|csv|svg|wasm|txt|xml|geojson)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}

let count = 0,
  before = 0,
  after = 0;
const started = Date.now();
for (const path of files(process.argv[2] ?? (process.env.OPPVEKST_BUILD_DIR || 'build'))) {
  const data = readFileSync(path);
  if (data.length < 1024) continue;
  const quality = data.length > 1_000_000 ? 9 : 11;
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length }
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  count++;
  before += data.length;
  after += br.length;
}
console.log(
  `Komprimerte ${count} filer: ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB (brotli) på ${((Date.now() - started) / 1000).toFixed(1)} s.`
);
