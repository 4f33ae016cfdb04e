// Serves a built site as any static host would, on 127.0.0.1:4173 (PORT overrides). Plain JS, so `npm start` runs it with node;
// the entry point is scripts/serve.mjs, the browser tests and the benchmark start it themselves.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8'
};

/**
 * Finds the file for a URL path: the file itself, path.html, or path/index.html.
 * @param {string} root
 * @param {string} urlPath
 */
function locate(root, urlPath) {
  // decodeURIComponent throws URIError on a malformed escape such as %E0%A4%A: the caller answers 400.
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Starts the server; resolves with its URL and a close function.
 * @returns {Promise<{ url: string, close: () => void }>}
 */
export function serve(root = resolve('build'), port = Number(process.env.PORT ?? 4173), host = '127.0.0.1') {
  const server = createServer((req, res) => {
    let file;
    try {
      file = locate(root, new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // a malformed URL is the client's error; one bad request must never stop the server
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Ugyldig adresse');
    }
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('Fant ikke siden');
    }
    const immutable = file.includes(`${join('_app', 'immutable')}`);
    // adapter-static precompresses the build: serve file.br or file.gz when the browser accepts it.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = ['br', 'gzip'].find(
      (e) => accepts.includes(e) && existsSync(`${file}.${e === 'br' ? 'br' : 'gz'}`)
    );
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {})
    });
    createReadStream(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({ url: `http://${host}:${address.port}`, close: () => server.close() });
    });
  });
}
