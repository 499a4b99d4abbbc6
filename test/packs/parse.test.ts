// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { formatPackError, parsePack } from '../../lib/packs/index';

const harbourText = readFileSync('test/fixtures/packs/harbour-billing.pack.json', 'utf8');

/** The Harbour Energy billing pack, changed by one team lead's mistake. */
function harbourWith(change: (pack: Record<string, unknown[]> & Record<string, unknown>) => void): unknown {
  const pack = JSON.parse(harbourText) as Record<string, unknown[]> & Record<string, unknown>;
  change(pack);
  return pack;
}

function lines(input: unknown): string[] {
  const result = parsePack(input);
  return result.ok ? [] : result.errors.map(formatPackError);
}

type Item = Record<string, unknown>;
const at = (list: unknown[] | undefined, index: number) => list![index] as Item;

describe('parsePack accepts', () => {
  test('a real team pack, filling the lists and fields it leaves out', () => {
    const result = parsePack(JSON.parse(harbourText));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.snippets.map((snippet) => snippet.id)).toEqual([
      'meter-reading-estimate',
      'direct-debit-change',
      'direct-debit-change-cy',
    ]);
    expect(result.pack.snippets[1]).toMatchObject({ products: [], channels: [], teams: [] });
  });

  test('a pack with nothing but its header', () => {
    expect(
      parsePack({
        format: 'touchpoint-pack/1',
        id: 'outage-comms',
        name: 'Outage comms',
        version: 1,
        publishedAt: '2026-03-01T07:00:00+00:00',
        publisher: 'Network operations',
      }),
    ).toMatchObject({ ok: true, pack: { snippets: [], offers: [], standards: [], calendars: [] } });
  });
});

describe('parsePack names the path and the problem', () => {
  test.each([
    {
      mistake: 'a locale written as a language name',
      change: (pack: Item & Record<string, unknown[]>) => (at(pack.snippets, 2).locale = 'welsh'),
      expected: ['snippets[2].locale: expected a BCP 47 tag such as "en" or "en-GB", got "welsh"'],
    },
    {
      mistake: 'a misspelt field',
      change: (pack: Item & Record<string, unknown[]>) => {
        const snippet = at(pack.snippets, 0);
        snippet.titel = snippet.title;
        delete snippet.title;
      },
      expected: [
        'snippets[0].title: missing; this field is required',
        'snippets[0].titel: unknown field; did you mean "title"?',
      ],
    },
    {
      mistake: 'a field no snippet has',
      change: (pack: Item & Record<string, unknown[]>) => (at(pack.snippets, 1).audience = 'agents'),
      expected: [
        'snippets[1].audience: unknown field; expected id, title, body, category, tags, products, channels, locale, owner, updatedAt, reviewedAt, teams',
      ],
    },
    {
      mistake: 'tags as one comma-separated string',
      change: (pack: Item & Record<string, unknown[]>) =>
        (at(pack.snippets, 1).tags = 'direct debit, payment'),
      expected: ['snippets[1].tags: expected a list, got "direct debit, payment"'],
    },
    {
      mistake: 'a channel Touchpoint does not know',
      change: (pack: Item & Record<string, unknown[]>) =>
        (at(pack.snippets, 0).channels = ['email', 'e-mail']),
      expected: [
        'snippets[0].channels[1]: expected one of "email", "phone", "chat", "messaging", "web", "social", "api", "other", got "e-mail"',
      ],
    },
    {
      mistake: 'a version that is not a whole number',
      change: (pack: Item) => (pack.version = 7.1),
      expected: ['version: expected a whole number, got 7.1'],
    },
    {
      mistake: 'a publication date without a time',
      change: (pack: Item) => (pack.publishedAt = '2026-02-16'),
      expected: ['publishedAt: expected a date and time such as "2026-03-02T09:00:00Z", got "2026-02-16"'],
    },
    {
      mistake: 'a pack id with capitals',
      change: (pack: Item) => (pack.id = 'Harbour Billing'),
      expected: [
        'id: expected lower-case letters, digits, ".", "_" and "-" such as "billing-team", got "Harbour Billing"',
      ],
    },
    {
      mistake: 'an empty title',
      change: (pack: Item & Record<string, unknown[]>) => (at(pack.offers, 1).title = ''),
      expected: ['offers[1].title: must not be empty'],
    },
    {
      mistake: 'a duration in words',
      change: (pack: Item & Record<string, unknown[]>) => {
        const target = (at(pack.standards, 1).targets as Item[])[0]!;
        target.within = '4 hours';
      },
      expected: [
        'standards[1].targets[0].within: "4 hours" is not a duration; write "2h", "45m", "1h30m" or minutes',
      ],
    },
    {
      mistake: 'a duration that is neither text nor a number',
      change: (pack: Item & Record<string, unknown[]>) => {
        const target = (at(pack.standards, 0).targets as Item[])[0]!;
        target.within = true;
      },
      expected: ['standards[0].targets[0].within: expected text or a number, got true'],
    },
    {
      mistake: 'a condition on a field that does not exist',
      change: (pack: Item & Record<string, unknown[]>) => {
        const when = at(pack.offers, 0).when as { all: Item[] };
        when.all[1]!.field = 'ticket.body';
      },
      expected: [
        'offers[0].when.all[1].field: unknown field "ticket.body"; known fields: ticket.helpdesk, ticket.channel, ticket.priority, ticket.status, ticket.tags, ticket.subject, ticket.text, requester.name, requester.email, requester.phone, customer.products, customer.recentContacts',
      ],
    },
    {
      mistake: 'an offer for a product missing from the catalogue',
      change: (pack: Item & Record<string, unknown[]>) =>
        (at(pack.offers, 1).requiresOwned = ['smart-meter-2']),
      expected: ['offers[1].requiresOwned[0]: unknown product "smart-meter-2"; add it to products'],
    },
    {
      mistake: 'two snippets with one id',
      change: (pack: Item & Record<string, unknown[]>) => (at(pack.snippets, 2).id = 'direct-debit-change'),
      expected: ['snippets[2].id: duplicate id "direct-debit-change"'],
    },
    {
      mistake: 'a misspelt time zone',
      change: (pack: Item & Record<string, unknown[]>) => (at(pack.calendars, 0).timeZone = 'Europe/Glasgow'),
      expected: [
        'calendars[0].timeZone: "Europe/Glasgow" is not a known IANA time zone (e.g. "America/New_York")',
      ],
    },
    {
      mistake: 'a snippet body over the limit',
      change: (pack: Item & Record<string, unknown[]>) => (at(pack.snippets, 0).body = 'x'.repeat(20_001)),
      expected: ['snippets[0].body: at most 20000 characters, got 20001 characters'],
    },
  ])('$mistake', ({ change, expected }) => {
    expect(lines(harbourWith(change))).toEqual(expected);
  });

  test.each([
    { input: null, expected: ['expected an object of named fields, got an empty value'] },
    { input: [], expected: ['expected an object of named fields, got a list of 0'] },
    {
      input: { format: 'touchpoint-pack/2' },
      expected: [
        'format: expected format "touchpoint-pack/1"',
        'id: missing; this field is required',
        'name: missing; this field is required',
        'version: missing; this field is required',
        'publishedAt: missing; this field is required',
        'publisher: missing; this field is required',
      ],
    },
  ])('a document that is no pack: $input', ({ input, expected }) => {
    expect(lines(input)).toEqual(expected);
  });

  test('never throws, even on a value whose fields throw when read', () => {
    const hostile = {
      get format(): string {
        throw new Error('no access');
      },
    };
    expect(lines(hostile)).toEqual(['the pack could not be read: no access']);
  });
});
