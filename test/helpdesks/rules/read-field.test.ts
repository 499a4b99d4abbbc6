import { describe, expect, test } from 'vitest';

import type { ExtractContext } from '../../../lib/helpdesks/adapter';
import type { FieldRule } from '../../../lib/helpdesks/rules/field-rule-schema';
import { readField } from '../../../lib/helpdesks/rules/read-field';
import type { RuleField } from '../../../lib/helpdesks/rules/rule-fields';

const berlin: ExtractContext = { timeZone: 'Europe/Berlin', dateOrder: 'dmy' };
const newYork: ExtractContext = { timeZone: 'America/New_York', dateOrder: 'mdy' };

/** A ticket header as an in-house helpdesk might draw it. */
function page(markup: string): Element {
  const doc = new DOMParser().parseFromString(`<main>${markup}</main>`, 'text/html');
  return doc.querySelector('main')!;
}

describe('readField', () => {
  test.each<
    [
      what: string,
      markup: string,
      field: RuleField,
      rule: FieldRule,
      expected: string | string[] | undefined,
      context?: ExtractContext,
    ]
  >([
    [
      'text, whitespace folded',
      '<h2 class="s">  Router   keeps\n rebooting </h2>',
      'subject',
      { selector: '.s' },
      'Router keeps rebooting',
    ],
    [
      'the first alternative that matches',
      '<h2 class="old">Old</h2><h2 class="new">New</h2>',
      'subject',
      { selector: ['.newer', '.new', '.old'] },
      'New',
    ],
    [
      "a form field's value attribute",
      '<input class="s" value="Billing question">',
      'subject',
      { selector: 'input.s', attribute: 'value' },
      'Billing question',
    ],
    [
      'an attribute',
      '<span class="who" title="Aiko Tanaka">AT</span>',
      'requester.name',
      { selector: '.who', attribute: 'title' },
      'Aiko Tanaka',
    ],
    [
      'a value map, ignoring case and extra spaces',
      '<b class="p"> dringend </b>',
      'priority',
      { selector: '.p', values: { Dringend: 'urgent', Hoch: 'high' } },
      'urgent',
    ],
    [
      'an enum label as the page shows it',
      '<b class="st">On hold</b>',
      'status',
      { selector: '.st' },
      'on-hold',
    ],
    [
      'no enum value: unread, not a guess',
      '<b class="p">Sehr wichtig</b>',
      'priority',
      { selector: '.p', values: { Dringend: 'urgent' } },
      undefined,
    ],
    ['a constant', '', 'channel', { value: 'email' }, 'email'],
    [
      'an address that is no email: unread',
      '<a class="m">write to us</a>',
      'requester.email',
      { selector: '.m' },
      undefined,
    ],
    [
      'every tag, once each',
      '<i class="t">vip</i><i class="t">billing</i><i class="t">vip</i>',
      'tags',
      { selector: '.t', all: true },
      ['vip', 'billing'],
    ],
    [
      'tags split from one element',
      '<p class="t">vip, billing , ,router_x2</p>',
      'tags',
      { selector: '.t', split: ',' },
      ['vip', 'billing', 'router_x2'],
    ],
    [
      'only the first tag without "all"',
      '<i class="t">vip</i><i class="t">billing</i>',
      'tags',
      { selector: '.t' },
      ['vip'],
    ],
    ['no tags: unread', '<p class="t"> </p>', 'tags', { selector: '.t', split: ',' }, undefined],
    [
      'an ISO time with an offset',
      '<time datetime="2026-11-04T09:12:41+01:00">9:12</time>',
      'createdAt',
      { selector: 'time', attribute: 'datetime' },
      '2026-11-04T08:12:41.000Z',
    ],
    [
      'an ISO time without an offset: unread',
      '<time datetime="2026-11-04T09:12:41">9:12</time>',
      'createdAt',
      { selector: 'time', attribute: 'datetime', date: 'iso' },
      undefined,
    ],
    [
      "a local time in the agent's zone and date order",
      '<span class="c">04/11/2026, 09:12</span>',
      'createdAt',
      { selector: '.c', date: 'local' },
      '2026-11-04T08:12:00.000Z',
      berlin,
    ],
    [
      'a token format',
      '<span class="c">Created 04.11.2026 09:12</span>',
      'createdAt',
      { selector: '.c', date: 'DD.MM.YYYY HH:mm' },
      '2026-11-04T08:12:00.000Z',
      berlin,
    ],
    [
      'a 12-hour token format with a month name',
      '<span class="c">Nov 4, 2026 3:05 PM</span>',
      'lastAgentReplyAt',
      { selector: '.c', date: 'MMM D, YYYY h:mm A' },
      '2026-11-04T20:05:00.000Z',
    ],
    [
      'bracketed words',
      '<span class="c">4 March 2026 at 14:30:15</span>',
      'lastCustomerMessageAt',
      { selector: '.c', date: 'D MMMM YYYY [at] HH:mm:ss' },
      '2026-03-04T13:30:15.000Z',
      berlin,
    ],
    [
      'a time in the spring-forward gap: unread',
      '<span class="c">29.03.2026 02:30</span>',
      'createdAt',
      { selector: '.c', date: 'DD.MM.YYYY HH:mm' },
      undefined,
      berlin,
    ],
    [
      'a date that does not exist: unread',
      '<span class="c">31.02.2026 10:00</span>',
      'createdAt',
      { selector: '.c', date: 'DD.MM.YYYY HH:mm' },
      undefined,
      berlin,
    ],
    [
      'a relative time: unread',
      '<span class="c">2 hours ago</span>',
      'createdAt',
      { selector: '.c', date: 'local' },
      undefined,
    ],
    [
      'paragraphs of a message',
      '<div class="b">Hello,\n\nthe router resets itself every night.\n\nPriya</div>',
      'latestCustomerMessage',
      { selector: '.b' },
      'Hello,\n\nthe router resets itself every night.\n\nPriya',
    ],
    ['nothing matches: unread', '<h2>Subject</h2>', 'subject', { selector: '.subject' }, undefined],
  ])('%s', (_what, markup, field, rule, expected, context = newYork) => {
    expect(readField(page(markup), field, rule, context)).toEqual(expected);
  });

  test('a huge element is clipped, never read in full into the snapshot', () => {
    const value = readField(
      page(`<p class="b">${'Modem log line. '.repeat(50_000)}</p>`),
      'latestCustomerMessage',
      { selector: '.b' },
      newYork,
    );
    expect(typeof value === 'string' && value.length).toBe(4000);
  });

  test.each([':contains(Refund)', '[data-x=', 'div >> p', 'a:nth-child(foo)'])(
    'a selector the browser refuses (%s) finds nothing, and the next alternative is tried',
    (selector) => {
      const root = page('<h2 class="s">Refund</h2>');
      expect(readField(root, 'subject', { selector }, newYork)).toBeUndefined();
      expect(readField(root, 'subject', { selector: [selector, '.s'] }, newYork)).toBe('Refund');
    },
  );
});
