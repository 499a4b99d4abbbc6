import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DemoRoute } from './server';

/** The host the demo's packs are published on; Chromium maps it to the demo server. */
export const demoPackHost = 'packs.northwind.example';

/**
 * A static pack host as a team would use (a CDN or object store): files by path, a strong ETag,
 * 304 for If-None-Match, and CORS so the extension's service worker may read them. Tests publish
 * new versions into it while the browser runs.
 */
export function createPackHost(files: Record<string, Uint8Array | string> = {}) {
  const published = new Map<string, Buffer>(
    Object.entries(files).map(([path, bytes]) => [path, Buffer.from(bytes)]),
  );
  const requests: { path: string; status: number }[] = [];

  const route: DemoRoute = (request, response) => {
    if ((request.headers.host ?? '').replace(/:\d+$/, '') !== demoPackHost) return false;
    const path = new URL(request.url ?? '/', `https://${demoPackHost}`).pathname;
    const bytes = published.get(path);
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
    if (!bytes) {
      requests.push({ path, status: 404 });
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end(`No pack at ${path}`);
      return true;
    }
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
    if (request.headers['if-none-match'] === etag) {
      requests.push({ path, status: 304 });
      response.writeHead(304, { ...headers, etag }).end();
      return true;
    }
    requests.push({ path, status: 200 });
    const type = path.endsWith('.json') ? 'application/json' : 'text/plain';
    response.writeHead(200, { ...headers, etag, 'content-type': `${type}; charset=utf-8` }).end(bytes);
    return true;
  };

  return {
    route,
    requests,
    urlOf: (path: string) => `https://${demoPackHost}${path}`,
    publish(path: string, bytes: Uint8Array | string): void {
      published.set(path, Buffer.from(bytes));
    },
  };
}

/** The demo's signed sample pack as built into public/packs/, served at /northwind-support.json. */
export function demoPackFiles(projectDir: string): Record<string, Buffer> {
  const dir = join(projectDir, 'public', 'packs');
  return {
    '/northwind-support.json': readFileSync(join(dir, 'northwind-support.json')),
    '/northwind-support.json.sig': readFileSync(join(dir, 'northwind-support.json.sig')),
  };
}
