import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFile {
  body: Uint8Array;
  contentType: string;
}

/** The files to serve right now by URL path, or why there are none yet (a build that failed). */
export type CurrentFiles = () => Promise<Map<string, ServedFile> | { unavailable: string }>;

export interface PackServer {
  url: string;
  close(): Promise<void>;
}

/** Strong: a hash of the exact bytes, so the extension's If-None-Match is right across restarts. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

// The extension fetches from its service worker, from its own origin.
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers': 'ETag',
};

/** If-None-Match is a list, compared weakly (RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

function reply(
  response: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body?: Uint8Array | string,
) {
  response.writeHead(status, { ...corsHeaders, ...headers });
  response.end(body);
}

async function answer(request: IncomingMessage, response: ServerResponse, files: CurrentFiles) {
  if (request.method === 'OPTIONS') return reply(response, 204, { 'Access-Control-Max-Age': 600 });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return reply(response, 405, { Allow: 'GET, HEAD, OPTIONS' });
  }
  const current = await files();
  const text = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' };
  if (!(current instanceof Map)) return reply(response, 503, text, `${current.unavailable}\n`);
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const file = current.get(path);
  if (!file)
    return reply(response, 404, text, `not found; this server serves ${[...current.keys()].join(', ')}\n`);
  const etag = etagOf(file.body);
  const caching = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply(response, 304, caching);
  const headers = { ...caching, 'Content-Type': file.contentType, 'Content-Length': file.body.byteLength };
  return reply(response, 200, headers, request.method === 'HEAD' ? undefined : file.body);
}

/** A preview server on 127.0.0.1 only: nothing on the network can reach a draft pack. */
export async function startPackServer(files: CurrentFiles, port: number): Promise<PackServer> {
  const server = createServer((request, response) => {
    answer(request, response, files).catch((error: unknown) => {
      reply(response, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, `${String(error)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
