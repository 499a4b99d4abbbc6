import { describe, expect, test } from 'vitest';

import { corpusOf, pageTextOf, wordsIn } from '../../lib/diagnostics/page-corpus';
import { createRedactor, REDACTED } from '../../lib/diagnostics/redaction';

/** A page whose text names a customer, her order and her gearbox, as a Zendesk ticket would. */
const pageText = `Requester Ottoline Quorvane · Priority High · Status Open
  Since the Thrennick update my Blixtmoor gearbox rattles. Order ZX-88314702, card ending 7719.
  Call +44 20 7946 0321 or write to ottoline.quorvane@zyphrella-mail.example`;
const redact = createRedactor(corpusOf(pageText));

describe('values from the page', () => {
  test.each([
    // Structure stays, even where its words are also page text (the "Priority" label).
    ['a Zendesk field test id', 'ticket-fields-priority-select', 'ticket-fields-priority-select'],
    ['a Garden component id', 'dropdowns.combobox.value', 'dropdowns.combobox.value'],
    ['a status badge', 'status-badge-state', 'status-badge-state'],
    ['a generated class', 'sc-1h4yq3s-0', 'sc-1h4yq3s-0'],
    ['an enum value', 'TICKET_ENTITY_TYPE', 'TICKET_ENTITY_TYPE'],
    // Customer words go, wherever they sit in the value.
    ['a name in a class', 'requester-quorvane', `requester-${REDACTED}`],
    ['a camelCase name in an id', 'requester-OttolineQuorvane', `requester-${REDACTED}`],
    ['a name run into a word', 'quorvanebadge', REDACTED],
    ['a tag in a test id', 'tag-chip-blixtmoor', `tag-chip-${REDACTED}`],
    ['a value the page shows', 'priority-high', `priority-${REDACTED}`],
    ['part of a page word', 'threnn', REDACTED],
    // Contact details and numbers go even when the page never shows them.
    ['an email', 'user-maya.okafor@example.com', REDACTED],
    ['a phone number', 'phone-+1 415 555 0143', `phone-${REDACTED}`],
    ['a long digit run', 'comment-18523009110001', `comment-${REDACTED}`],
    ['an order number', 'ref-ZX-88314702', `ref-ZX-${REDACTED}`],
    ['a page word said to be "redacted"', `${REDACTED}-gearbox`, `${REDACTED}-${REDACTED}`],
  ])('%s: %s → %s', (_case, value, expected) => {
    expect(redact.value(value)).toBe(expected);
  });

  test('a token longer than 40 characters is redacted whatever it is', () => {
    expect(redact.value(`cache-${'a'.repeat(41)}`)).toBe(`cache-${REDACTED}`);
  });
});

describe('the path', () => {
  test.each([
    ['/agent/tickets/48213', '/agent/tickets/{n}'],
    ['/agent/tickets/48213/events', '/agent/tickets/{n}/events'],
    ['/lightning/r/Case/5005g00000Qm7XyAAJ/view', '/lightning/r/Case/{id}/view'],
    ['/a/tickets/5123', '/a/tickets/{n}'],
    ['/agent/users/Ottoline%20Quorvane/tickets', `/agent/users/${REDACTED} ${REDACTED}/tickets`],
    ['/support/ottoline.quorvane@zyphrella-mail.example', `/support/${REDACTED}`],
  ])('%s → %s', (path, expected) => {
    expect(redact.path(path)).toBe(expected);
  });
});

describe('the page text', () => {
  test('splits camelCase and letter-digit runs, in lower case', () => {
    expect(wordsIn('QuorvaneBadge ZX88314702')).toEqual([
      'quorvanebadge',
      'quorvane',
      'badge',
      'zx88314702',
      'zx',
      '88314702',
    ]);
  });

  test('holds text, titles, free attribute values and live input values, but no scripts or structural values', () => {
    const doc = new DOMParser().parseFromString(
      `<title>Quorvane ticket</title>
       <div data-test-id="keepme-structure" data-customer="Zyphrella" title="Blixtmoor">Thrennick</div>
       <input value="Vashpetal"><script>const hidden = "scriptword";</script>`,
      'text/html',
    );
    const input = doc.querySelector('input')!;
    input.value = 'Ottoline';
    const corpus = corpusOf(pageTextOf(doc));
    for (const word of ['quorvane', 'zyphrella', 'blixtmoor', 'thrennick', 'ottoline']) {
      expect(corpus.hasWord(word), word).toBe(true);
    }
    expect(corpus.hasWord('scriptword')).toBe(false);
    expect(corpus.hasWord('keepme')).toBe(false);
  });
});
