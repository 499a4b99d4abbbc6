import { describe, expect, test } from 'vitest';

import { buildPageReport } from '../../lib/diagnostics/build-report';
import { reportFileName, reportSummary } from '../../lib/diagnostics/report-file';
import { MAX_REPORT_SIZE, pageReportSchema, type PageReport } from '../../lib/diagnostics/report-schema';
import type { HelpdeskRules } from '../../lib/helpdesks/index';
import { loadPage, reportOf } from './fixture-report';

function probeOf(report: PageReport, field: string) {
  const probe = report.fields.find((entry) => entry.field === field);
  if (!probe) throw new Error(`no probe for ${field}`);
  return probe;
}

const northwindOverride = (selector: string): HelpdeskRules => ({
  overrides: [
    {
      helpdesk: 'zendesk',
      packId: 'northwind-support',
      packName: 'Northwind Support',
      fields: { priority: { selector } },
    },
  ],
  declared: [],
});

describe('a page full of customer text', () => {
  const report = reportOf('diagnostics/zendesk-distinctive-customer-text.html');
  const json = JSON.stringify(report);

  // Every piece of the customer's text the fixture holds, in the forms it takes there.
  test.each([
    'Quorvane',
    'Zyphrella',
    'Blixtmoor',
    'Thrennick',
    'Ottoline',
    'Vashpetal',
    'gearbox',
    'rattles',
    'ZX-88314702',
    '88314702',
    '7719',
    'QV-50417',
    '50417',
    '7946',
    '0321',
    '+44',
    'zyphrella-mail',
    '@',
    '51377',
    '39920777',
    '18523009170001',
    'quorvane_gold',
    'Sam Patel',
  ])('holds no trace of %s', (token) => {
    expect(json.toLowerCase()).not.toContain(token.toLowerCase());
  });

  test('holds no text content, title, input value or attribute value outside the allow-list', () => {
    expect(json).not.toMatch(/Northwind Support|Ticket #|Via email|Open"|Requester"/);
    expect(json).not.toContain('northwind.zendesk.com/system');
    expect(report.page).toEqual({
      origin: 'https://northwind.zendesk.com',
      path: '/agent/tickets/{n}',
      elements: expect.any(Number),
    });
  });

  test("still holds the structure: Zendesk's field test ids, the layout, the tree", () => {
    for (const testId of [
      'ticket-system-field-requester-select',
      'omni-header-subject',
      'ticket-fields-tags',
      'ticket-system-field-tags-item-selected',
      'customer-context-panel',
      'attribute-email-display',
      'omni-log-comment-item',
    ]) {
      expect(json).toContain(`"data-test-id":"${testId}"`);
    }
    expect(json).toContain('"data-cy-test-id":"status-badge-state"');
    expect(json).toContain('"data-garden-id":"dropdowns.combobox.value"');
    const focus = report.tree.nodes[report.tree.focus!]!;
    expect(focus.attributes).toEqual({
      'data-test-id': 'ticket-[redacted]-standard-layout',
      'data-is-active': 'true',
    });
  });

  test('says what was read, never the values', () => {
    expect(report.reading).toBe('ticket');
    expect(probeOf(report, 'subject').read).toBe(true);
    expect(probeOf(report, 'requester.email').read).toBe(true);
    expect(probeOf(report, 'priority')).toMatchObject({ read: false });
    expect(probeOf(report, 'priority').selectors.every((probe) => probe.matches === 0)).toBe(true);
  });

  test('is a valid touchpoint-page-report/1 within the size limit', () => {
    expect(pageReportSchema.parse(JSON.parse(json))).toEqual(report);
    expect(json.length).toBeLessThan(MAX_REPORT_SIZE);
  });
});

describe('field probes', () => {
  test('a renamed priority field: the built-in selectors find nothing, the new name is in the tree', () => {
    const report = reportOf('zendesk/renamed-priority-attribute.html');
    expect(probeOf(report, 'priority')).toEqual({
      field: 'priority',
      read: false,
      selectors: [
        {
          source: 'built-in',
          selector:
            '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]',
          era: '2024–26',
          matches: 0,
          matchesInTicket: 0,
        },
        {
          source: 'built-in',
          selector: '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.select"]',
          era: '2020–23',
          matches: 0,
          matchesInTicket: 0,
        },
      ],
    });
    expect(JSON.stringify(report.tree)).toContain('"data-test-id":"ticket-fields-priority-dropdown"');
    expect(reportSummary(report)).toBe(`${report.tree.nodes.length} elements, priority not found`);
  });

  test("a pack override that reads the field: counted, and the field marked as the override's", () => {
    const report = reportOf(
      'zendesk/renamed-priority-attribute.html',
      northwindOverride(
        '[data-test-id="ticket-fields-priority-dropdown"] [data-garden-id="dropdowns.combobox.value"]',
      ),
    );
    const priority = probeOf(report, 'priority');
    expect(priority).toMatchObject({ read: true, override: true });
    expect(priority.selectors.at(-1)).toEqual({
      source: 'override',
      selector:
        '[data-test-id="ticket-fields-priority-dropdown"] [data-garden-id="dropdowns.combobox.value"]',
      packName: 'Northwind Support',
      matches: 1,
      matchesInTicket: 1,
    });
  });

  test('a pack selector the browser refuses is reported as invalid, not thrown', () => {
    const report = reportOf('zendesk/renamed-priority-attribute.html', northwindOverride('[data-test-id='));
    expect(probeOf(report, 'priority').selectors.at(-1)).toMatchObject({
      source: 'override',
      matches: 0,
      invalid: true,
    });
  });

  test('with several tickets open, counts inside the active one apart', () => {
    const report = reportOf('zendesk/several-tabs.html');
    const subject = probeOf(report, 'subject').selectors[0]!;
    expect(subject.matches).toBeGreaterThan(1);
    expect(subject.matchesInTicket).toBe(1);
    expect(report.tree.nodes[report.tree.focus!]!.attributes?.['data-is-active']).toBe('true');
  });

  test.each([
    ['salesforce/email-case.html', 'salesforce'],
    ['freshdesk/email-ticket.html', 'freshdesk'],
    ['zendesk/email-ticket.html', 'zendesk'],
  ])('%s: every essential field read and found by a built-in selector', (fixture, helpdesk) => {
    const report = reportOf(fixture);
    expect(report.helpdesk).toEqual({ id: helpdesk, kind: 'built-in' });
    for (const field of ['subject', 'priority', 'status']) {
      const probe = probeOf(report, field);
      expect(probe.read, field).toBe(true);
      expect(
        probe.selectors.some((entry) => (entry.matchesInTicket ?? entry.matches) > 0),
        field,
      ).toBe(true);
    }
    expect(pageReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  test("a pack's declared helpdesk: its own selectors are probed", () => {
    const doc = new DOMParser().parseFromString(
      `<main id="ticket-view"><h1 class="acme-subject">Printer on fire</h1><span class="acme-prio">Urgent</span></main>`,
      'text/html',
    );
    const rules: HelpdeskRules = {
      overrides: [],
      declared: [
        {
          id: 'acme-desk',
          name: 'Acme Desk',
          ticketUrl: 'https://desk.acme.example/tickets/{id}',
          fields: { subject: { selector: 'h1.acme-subject' }, priority: { selector: '.acme-priority' } },
          packId: 'acme',
          packName: 'Acme Support',
        },
      ],
    };
    const report = buildPageReport(
      doc,
      'https://desk.acme.example/tickets/77',
      { timeZone: 'UTC', dateOrder: 'dmy' },
      rules,
      {
        now: new Date('2026-11-26T10:14:00.000Z'),
        extensionVersion: '0.1.0',
      },
    );
    expect(report.helpdesk).toEqual({ id: 'acme-desk', kind: 'declared' });
    expect(probeOf(report, 'subject')).toEqual({
      field: 'subject',
      read: true,
      selectors: [
        {
          source: 'declared',
          selector: 'h1.acme-subject',
          packName: 'Acme Support',
          matches: 1,
          matchesInTicket: 1,
        },
      ],
    });
    expect(probeOf(report, 'priority').selectors[0]).toMatchObject({ matches: 0 });
  });

  test('a page no helpdesk serves still gets a structure, and says so', () => {
    const { doc } = loadPage('zendesk/email-ticket.html');
    const report = buildPageReport(
      doc,
      'https://intranet.example/tickets/48213',
      { timeZone: 'UTC', dateOrder: 'dmy' },
      undefined,
      {
        now: new Date('2026-11-26T10:14:00.000Z'),
        extensionVersion: '0.1.0',
      },
    );
    expect(report.reading).toBe('not-a-helpdesk');
    expect(report.helpdesk).toEqual({ id: 'unknown', kind: 'unknown' });
    expect(report.fields.every((probe) => !probe.read && probe.selectors.length === 0)).toBe(true);
    expect(reportSummary(report)).toMatch(/^\d+ elements, no ticket read$/);
  });
});

describe('a huge page', () => {
  test('is cut to 4,000 elements and 500 kB, the active ticket kept whole', () => {
    const { doc, url } = loadPage('zendesk/email-ticket.html');
    // Six thousand elements of hidden views and apps, with long generated class names, before the ticket.
    const filler = doc.createElement('div');
    for (let index = 0; index < 3000; index++) {
      const row = doc.createElement('div');
      row.className = `app-row-${'x'.repeat(60)} sc-${index.toString(36)}-0 grid-cell`;
      row.setAttribute('data-test-id', `view-row-${'y'.repeat(40)}`);
      row.append(doc.createElement('span'));
      filler.append(row);
    }
    doc.body.prepend(filler);
    const report = buildPageReport(doc, url, { timeZone: 'UTC', dateOrder: 'mdy' }, undefined, {
      now: new Date('2026-11-26T10:14:00.000Z'),
      extensionVersion: '0.1.0',
    });
    const json = JSON.stringify(report);
    expect(json.length).toBeLessThanOrEqual(MAX_REPORT_SIZE);
    expect(report.tree.nodes.length).toBeLessThanOrEqual(4000);
    expect(report.tree.truncated).toBe(true);
    expect(json).toContain('"data-test-id":"ticket-fields-priority-select"');
    expect(json).toContain('"data-test-id":"omni-log-message-content"');
    expect(pageReportSchema.safeParse(JSON.parse(json)).success).toBe(true);
  });
});

describe('the file', () => {
  const report = reportOf('zendesk/email-ticket.html');

  test('is named for the helpdesk and the day', () => {
    expect(reportFileName(report)).toBe('touchpoint-page-report-zendesk-2026-11-26.json');
  });

  test('summarises what it holds in one line', () => {
    expect(reportSummary(report)).toBe(`${report.tree.nodes.length} elements, every field found`);
    const big = {
      ...report,
      tree: { ...report.tree, nodes: Array.from({ length: 1204 }, () => report.tree.nodes[1]!) },
    };
    expect(reportSummary(big)).toBe('1,204 elements, every field found');
  });
});

describe('what the background accepts', () => {
  const report = JSON.parse(JSON.stringify(reportOf('zendesk/email-ticket.html'))) as PageReport;

  test.each<[string, (copy: PageReport) => void]>([
    ['a node before its parent', (copy) => (copy.tree.nodes[3]!.parent = 7)],
    ['a second root', (copy) => (copy.tree.nodes[3]!.parent = -1)],
    ['text on a node', (copy) => Object.assign(copy.tree.nodes[3]!, { text: 'Maya Okafor' })],
    [
      'a title attribute value',
      (copy) => Object.assign(copy.tree.nodes[3]!, { attributes: { title: 'Maya Okafor' } }),
    ],
    ['an id of a whole message', (copy) => (copy.tree.nodes[3]!.id = 'x'.repeat(121))],
    ['a focus outside the tree', (copy) => (copy.tree.focus = copy.tree.nodes.length)],
    ['another format', (copy) => Object.assign(copy, { format: 'touchpoint-page-report/2' })],
    ['a field value', (copy) => Object.assign(copy.fields[0]!, { value: 'Refund for double charge' })],
    ['a terminal escape in a class', (copy) => (copy.tree.nodes[1]!.classes = ['\u001b]0;pwned\u0007'])],
  ])('refuses %s', (_case, spoil) => {
    const copy = structuredClone(report);
    spoil(copy);
    expect(pageReportSchema.safeParse(copy).success).toBe(false);
  });
});
