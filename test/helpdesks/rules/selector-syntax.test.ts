// @vitest-environment node
import { expect, test } from 'vitest';

import { dateFormatProblem } from '../../../lib/helpdesks/rules/date-format-check';
import { selectorProblem } from '../../../lib/helpdesks/rules/selector-syntax';

test.each([
  '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]',
  'section.ticket-pane[data-ticket="{id}"]:not([hidden])',
  '.thread > article[data-author="customer"]:first-of-type .message-body',
  'li:nth-child(2n+1 of .label)',
  'dl:has(> dt.email) dd',
  'input[name=subject i]',
])('%s is a selector browsers accept', (selector) => {
  expect(selectorProblem(selector)).toBeUndefined();
});

test.each([
  ['[data-test-id=', `"[data-test-id=" is not a valid CSS selector (Attribute selector didn't terminate)`],
  ['.a,', '".a," is not a valid CSS selector (Empty sub-selector)'],
  ['  ', 'an empty selector matches nothing'],
  [
    'td:contains(Priority)',
    '"td:contains(Priority)" is not a valid CSS selector: ":contains" is not a pseudo-class browsers support',
  ],
  [
    '[type!=hidden]',
    '"[type!=hidden]" is not a valid CSS selector: "[type!=…]" is jQuery, not CSS; use ":not([type=…])"',
  ],
  [
    '.badge::before',
    '".badge::before" is not a valid CSS selector: "::before" is a pseudo-element, which never matches an element',
  ],
  [
    'li:nth-child(first)',
    '"li:nth-child(first)" is not a valid CSS selector: ":nth-child(first)" needs a formula such as "2", "odd" or "2n+1"',
  ],
  [
    'div:has(p:has(a))',
    '"div:has(p:has(a))" is not a valid CSS selector: browsers refuse ":has()" inside ":has()"',
  ],
  ['svg|rect', '"svg|rect" is not a valid CSS selector: namespaces are not supported'],
])('%s is refused', (selector, problem) => {
  expect(selectorProblem(selector)).toBe(problem);
});

test.each([
  'iso',
  'local',
  'DD.MM.YYYY HH:mm',
  'MMM D, YYYY h:mm A',
  'D MMMM YYYY [at] HH:mm:ss',
  'YYYY-MM-DD HH:mm',
])('the date format %s can read a time', (format) => {
  expect(dateFormatProblem(format)).toBeUndefined();
});

test.each([
  ['DD.MM.YY HH:mm', '"DD.MM.YY HH:mm": two-digit or lower-case years are a guess; use "YYYY"'],
  [
    'dd.mm.yyyy',
    '"dd.mm.yyyy": "dd" is no date token; use "iso", "local" or tokens such as "DD.MM.YYYY HH:mm", with words in [brackets]',
  ],
  [
    'D MMM YYYY at HH:mm',
    '"D MMM YYYY at HH:mm": "t" is no date token; use "iso", "local" or tokens such as "DD.MM.YYYY HH:mm", with words in [brackets]',
  ],
  ['DD.MM.YYYY', '"DD.MM.YYYY" lacks HH or h, mm; a time needs its date, hours and minutes'],
  ['MM/DD/YYYY h:mm', '"MM/DD/YYYY h:mm": a 12-hour "h" goes with "A" (AM/PM), a 24-hour clock with "HH"'],
  ['DD.MM.YYYY HH:mm DD', '"DD.MM.YYYY HH:mm DD" names a part of the date twice'],
  [
    'YYYYMMDD HHmm',
    '"YYYYMMDD HHmm": Touchpoint cannot read times written this way ("20261104 1505"); try "iso", "local" or a format such as "DD.MM.YYYY HH:mm"',
  ],
  [
    'YYYY-DD-MM HH:mm',
    '"YYYY-DD-MM HH:mm": Touchpoint cannot read times written this way ("2026-04-11 15:05"); try "iso", "local" or a format such as "DD.MM.YYYY HH:mm"',
  ],
])('the date format %s is refused', (format, problem) => {
  expect(dateFormatProblem(format)).toBe(problem);
});
