// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { parsePackText } from '../../lib/packs/parse';
import { verifyPackSignature } from '../../lib/packs/signature';
import { buildPackFolder } from '../../scripts/pack/build-folder';
import { packSummary } from '../../scripts/pack/summary';

const packFile = 'public/packs/northwind-support.json';
const committedBytes = new Uint8Array(readFileSync(packFile));

describe('the demo pack, as committed in public/packs', () => {
  test('validates', () => {
    const parsed = parsePackText(committedBytes);
    expect(parsed.ok && parsed.pack.id).toBe('northwind-support');
  });

  test('is signed by the demo key', async () => {
    const signature = readFileSync(`${packFile}.sig`, 'utf8');
    const demoPublicKey = readFileSync('packs/northwind-support/demo-public-key.txt', 'utf8').trim();
    expect(await verifyPackSignature(committedBytes, signature, [demoPublicKey])).toEqual({
      ok: true,
      keyId: '06980598e4dbbc57',
    });
  });

  test('is up to date with packs/northwind-support (else run `npm run pack:demo`)', async () => {
    const committed = parsePackText(committedBytes);
    if (!committed.ok) throw new Error('the committed demo pack does not parse');
    const build = await buildPackFolder('packs/northwind-support', new Date(committed.pack.publishedAt));
    expect(build.ok && build.text).toBe(new TextDecoder().decode(committedBytes));
  });

  test('holds what the demo needs: 40+ snippets in 2 locales, 12+ offers, 4+ standards, 2 calendars', () => {
    const parsed = parsePackText(committedBytes);
    if (!parsed.ok) throw new Error('the committed demo pack does not parse');
    const { snippets, offers, standards, calendars } = parsed.pack;
    expect(snippets.length).toBeGreaterThanOrEqual(40);
    expect(new Set(snippets.map((snippet) => snippet.locale))).toEqual(new Set(['en', 'de']));
    expect(offers.length).toBeGreaterThanOrEqual(12);
    expect(standards.length).toBeGreaterThanOrEqual(4);
    expect(calendars.map((calendar) => calendar.timeZone)).toEqual(['Europe/London', 'America/New_York']);
    expect(packSummary(parsed.pack)).toMatch(
      /^Northwind Support v\d+: \d+ snippets \(2 locales\), \d+ offers, \d+ standards, 2 calendars$/,
    );
  });

  test('never makes an offer on a complaint', () => {
    const parsed = parsePackText(committedBytes);
    if (!parsed.ok) throw new Error('the committed demo pack does not parse');
    for (const offer of parsed.pack.offers) {
      expect(offer.when.all, offer.id).toContainEqual({
        field: 'ticket.tags',
        op: 'excludes',
        value: expect.arrayContaining(['complaint']),
      });
    }
  });
});
