import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A self-signed certificate for the demo helpdesk. The real helpdesks are HTTPS-only (force.com is
 * HSTS-preloaded), so the demo serves HTTPS too and Chromium is told to accept this certificate.
 * Made once per checkout with the system's openssl; never committed.
 */
export function demoCertificate(directory: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(directory, 'demo-key.pem');
  const certPath = join(directory, 'demo-cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(directory, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '365',
        '-subj',
        '/CN=Touchpoint demo helpdesk',
        '-addext',
        'subjectAltName=DNS:*.zendesk.com,DNS:*.lightning.force.com,DNS:*.my.salesforce.com,DNS:*.northwind.example',
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
