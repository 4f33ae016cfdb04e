import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from './serve.js';

/** A raw GET, so that the path reaches the server byte for byte (fetch would normalise it). */
function get(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${path}`)));
    req.end();
  });
}

describe('serve answers hostile URLs and stays up', () => {
  const root = mkdtempSync(join(tmpdir(), 'oppvekst-serve-'));
  let server: { url: string; close: () => void };
  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<p>forside</p>');
    writeFileSync(join(root, '404.html'), '<p>fant ikke</p>');
    server = await serve(root, 0);
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('a malformed percent escape is a 400, and the next request is served', async () => {
    expect(await get(server.url, '/%E0%A4%A')).toMatchObject({ status: 400 });
    expect(await get(server.url, '/%')).toMatchObject({ status: 400 });
    expect(await get(server.url, '/')).toEqual({ status: 200, body: '<p>forside</p>' });
  });

  test('a path that climbs out of the root is not served', async () => {
    const res = await get(server.url, '/..%2f..%2fetc%2fpasswd');
    expect(res.status).toBe(404);
    expect(res.body).toBe('<p>fant ikke</p>');
  });
});
