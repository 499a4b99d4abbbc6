// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { formatPackError, parsePack } from '../../../lib/packs/index';

type Json = Record<string, unknown>;

const acmeText = readFileSync('test/fixtures/packs/acme-desk.pack.json', 'utf8');
const fixesText = readFileSync('test/fixtures/packs/northwind-zendesk-fixes.pack.json', 'utf8');

/** The Acme pack's declared helpdesk, changed by one mistake. */
function acmeWith(change: (helpdesk: Json & { fields: Record<string, Json> }) => void): unknown {
  const pack = JSON.parse(acmeText) as { declaredHelpdesks: (Json & { fields: Record<string, Json> })[] };
  change(pack.declaredHelpdesks[0]!);
  return pack;
}

/** The Northwind override of Zendesk's priority, changed by one mistake. */
function priorityRuleWith(change: (rule: Json) => void): unknown {
  const pack = JSON.parse(fixesText) as { helpdeskOverrides: { fields: { priority: Json } }[] };
  change(pack.helpdeskOverrides[0]!.fields.priority);
  return pack;
}

function lines(input: unknown): string[] {
  const result = parsePack(input);
  return result.ok ? [] : result.errors.map(formatPackError);
}

test.each([
  ['test/fixtures/packs/acme-desk.pack.json'],
  ['test/fixtures/packs/northwind-zendesk-fixes.pack.json'],
])('%s is a valid pack', (file) => {
  expect(lines(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
});

const example = 'give the exact https origin of your helpdesk, e.g. "https://desk.acme.example/tickets/{id}"';

describe('parsePack refuses, naming the path and the problem', () => {
  test.each([
    {
      mistake: 'an unterminated attribute selector',
      input: priorityRuleWith((rule) => (rule.selector = '[data-test-id=')),
      expected: [
        `helpdeskOverrides[0].fields.priority.selector: "[data-test-id=" is not a valid CSS selector (Attribute selector didn't terminate)`,
      ],
    },
    {
      mistake: 'a jQuery pseudo-class among the alternatives',
      input: priorityRuleWith((rule) => (rule.selector = ['.priority', 'span:contains("Priority")'])),
      expected: [
        `helpdeskOverrides[0].fields.priority.selector[1]: "span:contains(\\"Priority\\")" is not a valid CSS selector: ":contains" is not a pseudo-class browsers support`,
      ],
    },
    {
      mistake: 'a rule that would need code',
      input: priorityRuleWith((rule) => (rule.transform = "(text) => text.split(' ')[0].toLowerCase()")),
      expected: [
        'helpdeskOverrides[0].fields.priority: extraction rules are data only (CSS selectors, attribute names, value maps, date formats); "transform" would need code',
      ],
    },
    {
      mistake: 'a script key on a declared helpdesk',
      input: acmeWith((helpdesk) => (helpdesk.script = 'https://desk.acme.example/touchpoint.js')),
      expected: [
        'declaredHelpdesks[0]: extraction rules are data only (CSS selectors, attribute names, value maps, date formats); "script" would need code',
      ],
    },
    {
      mistake: 'an event-handler attribute',
      input: priorityRuleWith((rule) => (rule.attribute = 'onclick')),
      expected: [
        'helpdeskOverrides[0].fields.priority.attribute: "onclick" holds an event handler (code); read a data attribute or the text instead',
      ],
    },
    {
      mistake: 'a javascript: URL as a constant',
      input: acmeWith((helpdesk) => (helpdesk.fields.tags = { value: 'javascript:alert(document.cookie)' })),
      expected: ['declaredHelpdesks[0].fields.tags.value: a "javascript:" URL is code; rules are data only'],
    },
    {
      mistake: 'a value map to no priority',
      input: priorityRuleWith((rule) => (rule.values = { 'P1 – Critical': 'critical' })),
      expected: [
        'helpdeskOverrides[0].fields.priority.values["P1 – Critical"]: "critical" is not a priority; expected one of low, normal, high, urgent',
      ],
    },
    {
      mistake: 'a misspelt option',
      input: priorityRuleWith((rule) => (rule.atribute = 'title')),
      expected: ['helpdeskOverrides[0].fields.priority.atribute: unknown field; did you mean "attribute"?'],
    },
    {
      mistake: 'a two-digit year',
      input: acmeWith(
        (helpdesk) => (helpdesk.fields.createdAt = { selector: '.created', date: 'DD.MM.YY HH:mm' }),
      ),
      expected: [
        'declaredHelpdesks[0].fields.createdAt.date: "DD.MM.YY HH:mm": two-digit or lower-case years are a guess; use "YYYY"',
      ],
    },
    {
      mistake: 'a date format on a text field',
      input: acmeWith((helpdesk) => (helpdesk.fields.subject = { selector: 'h1', date: 'iso' })),
      expected: [
        'declaredHelpdesks[0].fields.subject.date: "date" is for createdAt, lastCustomerMessageAt, lastAgentReplyAt, not "subject"',
      ],
    },
    {
      mistake: 'a rule with neither selector nor value',
      input: acmeWith((helpdesk) => (helpdesk.fields.status = { values: { Open: 'open' } })),
      expected: [
        'declaredHelpdesks[0].fields.status: give a "selector" to read "status" from the page, or a constant "value"',
      ],
    },
    {
      mistake: 'Zendesk overridden twice',
      input: (() => {
        const pack = JSON.parse(fixesText) as { helpdeskOverrides: unknown[] };
        pack.helpdeskOverrides.push({ helpdesk: 'zendesk', fields: { status: { selector: '.status' } } });
        return pack;
      })(),
      expected: [
        'helpdeskOverrides[1].helpdesk: "zendesk" is overridden twice in this pack; put its fields in one entry',
      ],
    },
    {
      mistake: 'an override for a helpdesk Touchpoint does not know',
      input: (() => {
        const pack = JSON.parse(fixesText) as { helpdeskOverrides: Json[] };
        pack.helpdeskOverrides[0]!.helpdesk = 'zoho-desk';
        return pack;
      })(),
      expected: [
        'helpdeskOverrides[0].helpdesk: expected one of "zendesk", "salesforce", "freshdesk", got "zoho-desk"',
      ],
    },
  ])('$mistake', ({ input, expected }) => {
    expect(lines(input)).toEqual(expected);
  });
});

describe('a declared ticket URL must name one exact https origin', () => {
  test.each([
    ['*://*/*', `"*://*/*" would match every site; ${example}`],
    ['<all_urls>', `"<all_urls>" would match every site; ${example}`],
    ['https://*/tickets/{id}', `"https://*/tickets/{id}" would match every site; ${example}`],
    [
      'https://*.acme.example/tickets/{id}',
      `"https://*.acme.example/tickets/{id}" has a wildcard; ${example}`,
    ],
    ['*://desk.acme.example/tickets/{id}', `"*://desk.acme.example/tickets/{id}" has a wildcard; ${example}`],
    [
      'https://northwind.zendesk.com/agent/tickets/{id}',
      'northwind.zendesk.com is served by the built-in Zendesk adapter; adjust it with "helpdeskOverrides" instead of declaring it',
    ],
    [
      'https://freshdesk.com/a/tickets/{id}',
      'freshdesk.com is served by the built-in Freshdesk adapter; adjust it with "helpdeskOverrides" instead of declaring it',
    ],
    [
      'https://desk.acme.example/tickets/',
      `"https://desk.acme.example/tickets/" needs "{id}" exactly once, where the ticket's number goes, e.g. "https://desk.acme.example/tickets/{id}"`,
    ],
    [
      'https://desk.acme.example/tickets/{id}/{id}',
      `"https://desk.acme.example/tickets/{id}/{id}" needs "{id}" exactly once, where the ticket's number goes, e.g. "https://desk.acme.example/tickets/{id}"`,
    ],
    [
      'http://desk.acme.example/tickets/{id}',
      '"http://desk.acme.example/tickets/{id}" must start with "https://"; Touchpoint reads helpdesks only over TLS',
    ],
    [
      'https://tickets/{id}',
      '"https://tickets/{id}" names no host such as "desk.acme.example"; e.g. "https://desk.acme.example/tickets/{id}"',
    ],
    [
      'https://{id}.acme.example/',
      '"{id}" must be in the path or the query of "https://{id}.acme.example/", not in its host',
    ],
    [
      'https://desk.acme.example/view?ticket=T{id}',
      '"{id}" must be in the path or be a whole query value ("?ticket={id}") of "https://desk.acme.example/view?ticket=T{id}"',
    ],
  ])('%s', (ticketUrl, message) => {
    expect(lines(acmeWith((helpdesk) => (helpdesk.ticketUrl = ticketUrl)))).toEqual([
      `declaredHelpdesks[0].ticketUrl: ${message}`,
    ]);
  });

  test.each([
    'https://desk.acme.example/tickets/{id}',
    'https://help.acme.example:8443/view.php?ticket={id}',
    'https://10.20.0.15/otrs/index.pl?Action=AgentTicketZoom&TicketID={id}',
  ])('%s is accepted', (ticketUrl) => {
    expect(lines(acmeWith((helpdesk) => (helpdesk.ticketUrl = ticketUrl)))).toEqual([]);
  });

  test('a declared id is refused when it is a built-in one, or taken twice, and so is a host', () => {
    const pack = JSON.parse(acmeText) as { declaredHelpdesks: Json[] };
    const acme = pack.declaredHelpdesks[0]!;
    pack.declaredHelpdesks = [
      { ...acme, id: 'zendesk' },
      acme,
      { ...acme, ticketUrl: 'https://desk2.acme.example/tickets/{id}' },
    ];
    expect(lines(pack)).toEqual([
      'declaredHelpdesks[0].id: "zendesk" is a built-in helpdesk; adjust it with "helpdeskOverrides" instead of declaring it',
      'declaredHelpdesks[2].id: duplicate id "acme-desk"',
      'declaredHelpdesks[1].ticketUrl: desk.acme.example is declared twice in this pack',
    ]);
  });
});
