import { describe, expect, test } from 'vitest';

import { rankSnippets } from '../../lib/knowledge/index';
import { knowledgeIndexFor } from '../../lib/knowledge/search-index';
import type { Snippet } from '../../lib/packs/snippet-schema';
import { makeTicket } from '../builders/ticket';
import { loadDemoSnippets } from './demo-snippets';

const snippets = loadDemoSnippets();
const ids = (ranked: { snippet: Snippet }[]) => ranked.map((entry) => entry.snippet.id);

describe('ranking by the ticket, with no typing', () => {
  test.each([
    ['the demo refund ticket', makeTicket(), 'en', 'refund-timeline-en'],
    [
      'an evening Wi-Fi drop on WhatsApp',
      makeTicket({
        subject: 'Router keeps dropping Wi-Fi every evening',
        channel: 'messaging',
        tags: ['wifi', 'router_x2', 'connectivity'],
        latestCustomerMessage: 'It says 2.4.1. Signal upstairs is still weak',
      }),
      'en',
      'wifi-drops-evening-en',
    ],
    [
      'a German outage report',
      makeTicket({
        subject: 'Kein Internet seit heute Morgen',
        tags: ['outage'],
        latestCustomerMessage: 'Gibt es eine Störung in unserer Straße?',
      }),
      'de-AT',
      'area-outage-acknowledged-de',
    ],
  ])('%s puts the snippet an agent wants first', (_case, ticket, locale, expected) => {
    expect(ids(rankSnippets(snippets, ticket, { locale }))[0]).toBe(expected);
  });

  test('explains each suggestion in words shown on the card', () => {
    const [first] = rankSnippets(snippets, makeTicket(), { locale: 'en' });
    expect(first?.reasons).toEqual([
      "matches 'refund', 'invoice', 'double' in the subject",
      'tagged billing, refund, invoice like the ticket',
    ]);
  });

  test('names the channel a snippet was written for, and the products the ticket mentions', () => {
    const ticket = makeTicket({
      subject: 'Firmware on my Router X2',
      channel: 'chat',
      tags: [],
      latestCustomerMessage: 'Which firmware version should the router show?',
    });
    const [first] = rankSnippets(snippets, ticket, { locale: 'en' });
    expect(first?.snippet.id).toBe('router-firmware-update-en');
    expect(first?.reasons).toContain('about router-x2, named in the ticket');
    expect(first?.reasons).toContain('written for chat');
  });

  test('returns the best first, at most `limit`', () => {
    const ranked = rankSnippets(snippets, makeTicket(), { locale: 'en', limit: 3 });
    expect(ranked).toHaveLength(3);
    expect(ranked.map((entry) => entry.score)).toEqual(
      [...ranked.map((entry) => entry.score)].sort((a, b) => b - a),
    );
  });

  test('suggests nothing for a ticket without words', () => {
    expect(
      rankSnippets(snippets, makeTicket({ subject: '', tags: [], latestCustomerMessage: undefined })),
    ).toEqual([]);
  });
});

describe('typed search', () => {
  test.each([
    ['refnd', 'refund', 'a typo'],
    ['rout', 'router', 'a prefix'],
    ['wi-fi evening', 'wi-fi', 'a hyphenated word'],
    ['kundigung', 'kündigung', 'a missing umlaut'],
  ])('"%s" finds %s (%s)', (query, word) => {
    const [first] = rankSnippets(snippets, makeTicket(), {
      query,
      locale: query === 'kundigung' ? 'de' : 'en',
    });
    expect(`${first?.snippet.title} ${first?.snippet.tags.join(' ')}`.toLowerCase()).toContain(word);
  });

  test('says where the typed word matched', () => {
    const [first] = rankSnippets(snippets, makeTicket(), { query: 'refnd', locale: 'en' });
    expect(first?.snippet.id).toBe('refund-timeline-en');
    expect(first?.reasons[0]).toBe("matches 'refund' in the title");
  });

  test('finds nothing for a word no snippet has', () => {
    expect(rankSnippets(snippets, makeTicket(), { query: 'xyzzy', locale: 'en' })).toEqual([]);
  });
});

describe('locale', () => {
  test('keeps to the agent language', () => {
    const ranked = rankSnippets(snippets, makeTicket(), { locale: 'de' });
    expect(ranked.length).toBeGreaterThan(0);
    expect(new Set(ranked.map((entry) => entry.snippet.locale))).toEqual(new Set(['de']));
  });

  test('falls back to other languages only when nothing fits, and says so', () => {
    const ranked = rankSnippets(snippets, makeTicket(), { query: 'port forwarding', locale: 'de' });
    expect(ranked[0]?.snippet.id).toBe('static-ip-setup-en');
    expect(ranked[0]?.reasons.at(-1)).toBe("no snippet in 'de' fits, so this one is in 'en'");
  });
});

test('builds the index once per snippet array', () => {
  const pack = [...snippets];
  expect(knowledgeIndexFor(pack)).toBe(knowledgeIndexFor(pack));
  expect(knowledgeIndexFor([...pack])).not.toBe(knowledgeIndexFor(pack));
});
