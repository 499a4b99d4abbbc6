import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

import { helpdeskFor } from '../../lib/helpdesks/index';
import { demoCertificate } from './certificate';
import { createZendeskApi } from './zendesk-api';

const demoDir = dirname(fileURLToPath(import.meta.url));
const projectDir = join(demoDir, '..', '..');

/** The hosts the demo impersonates; Chromium resolves them to this server. */
export const demoHosts = {
  zendesk: 'northwind.zendesk.com',
  salesforce: 'northwind.lightning.force.com',
} as const;

export const demoLandingUrls = {
  zendesk: `https://${demoHosts.zendesk}/agent/filters/360001`,
  salesforce: `https://${demoHosts.salesforce}/lightning/o/Case/list?filterName=Recent`,
} as const;

type DemoHelpdesk = keyof typeof demoHosts;

const titles: Record<DemoHelpdesk, string> = {
  zendesk: 'Northwind Support – Agent Workspace',
  salesforce: 'Cases | Salesforce',
};

interface HelpdeskAssets {
  script: string;
  css: string;
}

async function bundleApp(helpdesk: DemoHelpdesk): Promise<HelpdeskAssets> {
  const result = await build({
    entryPoints: [join(demoDir, `${helpdesk}-app.ts`)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text ?? '';
  const css = await readFile(join(demoDir, `${helpdesk}.css`), 'utf8');
  return { script, css };
}

function shell(helpdesk: DemoHelpdesk): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${titles[helpdesk]}</title><link rel="stylesheet" href="/__demo/app.css"></head><body><script type="module" src="/__demo/app.js"></script></body></html>`;
}

export interface DemoServer {
  port: number;
  /** Paths of the Zendesk API requests the demo answered, in order. */
  zendeskApiRequests: string[];
  /** Chromium flags that send the helpdesk hosts to this server and accept its certificate. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/** Extra routes a test or the demo adds (a pack server, a mock helpdesk API). */
export type DemoRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * The local demo helpdesk: an HTTPS server on loopback that answers for the Zendesk and
 * Salesforce hosts with single-page apps built from `scripts/demo/data.ts`. `hosts` are more
 * hosts for Chromium to send here, for `routes` to answer (an in-house helpdesk in a test).
 */
export async function startDemoServer(
  options: { routes?: DemoRoute[]; hosts?: string[] } = {},
): Promise<DemoServer> {
  // Built on first request, once per server, so a session that only visits one helpdesk builds one app.
  const assets = new Map<DemoHelpdesk, Promise<HelpdeskAssets>>();
  const assetsOf = (helpdesk: DemoHelpdesk) => {
    let built = assets.get(helpdesk);
    if (!built) assets.set(helpdesk, (built = bundleApp(helpdesk)));
    return built;
  };
  const tls = demoCertificate(join(projectDir, '.tmp', 'demo-tls-v2'));

  const zendeskApi = createZendeskApi();
  const routes = [...(options.routes ?? []), zendeskApi.route];
  const server = createServer(tls, (request, response) => {
    for (const route of routes) if (route(request, response)) return;
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const helpdesk = helpdeskFor(`https://${host}/`)?.id;
    if (helpdesk !== 'zendesk' && helpdesk !== 'salesforce') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`The demo serves no site at ${host}`);
      return;
    }
    const path = new URL(request.url ?? '/', `https://${host}`).pathname;
    if (path === '/__demo/app.js' || path === '/__demo/app.css') {
      assetsOf(helpdesk).then(
        ({ script, css }) => {
          const [type, body] = path.endsWith('.js') ? ['text/javascript', script] : ['text/css', css];
          response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
        },
        (error: unknown) => {
          response
            .writeHead(500, { 'content-type': 'text/plain' })
            .end(`The demo app failed to build: ${String(error)}`);
        },
      );
    } else if (path === '/favicon.ico') {
      response.writeHead(204).end();
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shell(helpdesk));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const rules = [
    '*.zendesk.com',
    '*.force.com',
    '*.salesforce.com',
    '*.northwind.example',
    ...(options.hosts ?? []),
  ].map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return {
    port,
    zendeskApiRequests: zendeskApi.requests,
    chromiumArgs: [`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors'],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
