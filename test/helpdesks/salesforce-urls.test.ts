import { describe, expect, test } from 'vitest';

import { salesforce } from '../../lib/helpdesks/salesforce';
import {
  caseLocationOf,
  keyPrefixOfLink,
  toEighteenCharacterId,
} from '../../lib/helpdesks/salesforce-record-id';
import { urlExamplesOf } from './url-examples';

describe('matches', () => {
  test.each(urlExamplesOf('salesforce').ticketUrls)('%s is a Case', (url) => {
    expect(salesforce.matches(new URL(url))).toBe(true);
  });

  test.each([
    ...urlExamplesOf('salesforce').nonTicketUrls,
    // A Case's edit form and a Case id under another object are not Case pages.
    'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7XyAAJ/edit',
    'https://northwind.lightning.force.com/lightning/r/Contact/5005g00000Qm7XyAAJ/view',
    // A list view never becomes a ticket because of a `ws` parameter.
    'https://northwind.lightning.force.com/lightning/o/Case/list?filterName=Recent&ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7XyAAJ%2Fview',
    // Ids of the wrong length.
    'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7XyAA/view',
    'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7X/view',
    // Plain http and look-alike hosts.
    'http://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7XyAAJ/view',
    'https://northwind.lightning.force.com.example.org/lightning/r/Case/5005g00000Qm7XyAAJ/view',
    'https://lightning.force.com/lightning/r/Case/5005g00000Qm7XyAAJ/view',
  ])('%s is not a Case', (url) => {
    expect(salesforce.matches(new URL(url))).toBe(false);
  });
});

describe('caseLocationOf', () => {
  test.each([
    [
      'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7XyAAJ/view',
      { focusedCaseId: '5005g00000Qm7XyAAJ', workspaceCaseId: '5005g00000Qm7XyAAJ' },
    ],
    [
      'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7YD/related/EmailMessages/view',
      { focusedCaseId: '5005g00000Qm7YDAAZ', workspaceCaseId: '5005g00000Qm7YDAAZ' },
    ],
    [
      'https://northwind.lightning.force.com/lightning/r/5005g00000Qm7Y8AAJ/view',
      { focusedCaseId: '5005g00000Qm7Y8AAJ', workspaceCaseId: '5005g00000Qm7Y8AAJ' },
    ],
    [
      'https://northwind.lightning.force.com/lightning/r/Contact/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7Xy%2Fview',
      { focusedCaseId: '5005g00000Qm7XyAAJ', workspaceCaseId: '5005g00000Qm7XyAAJ' },
    ],
    // A child Case opened as a subtab of its parent's workspace.
    [
      'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7YNAAZ/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7XyAAJ%2Fview',
      { focusedCaseId: '5005g00000Qm7YNAAZ', workspaceCaseId: '5005g00000Qm7XyAAJ' },
    ],
  ])('%s', (url, location) => {
    expect(caseLocationOf(new URL(url))).toEqual(location);
  });
});

describe('toEighteenCharacterId', () => {
  // Suffix by hand: each 5-character chunk sets bit i when its character i is A–Z, and the
  // 5-bit value indexes "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345".
  test.each([
    ['5005g00000Qm7Xy', '5005g00000Qm7XyAAJ'], // 5005g → 0 A, 00000 → 0 A, Qm7Xy → Q(1)+X(8) = 9 J
    ['5005g00000Qm7YD', '5005g00000Qm7YDAAZ'], // Qm7YD → Q(1)+Y(8)+D(16) = 25 Z
    ['5003000000D8cuI', '5003000000D8cuIAAR'], // D8cuI → D(1)+I(16) = 17 R
    ['500Hs00001XyZab', '500Hs00001XyZabIAF'], // 500Hs → H(8) I; 00001 → A; XyZab → X(1)+Z(4) = 5 F
    ['500KLMNOPQRSTUV', '500KLMNOPQRSTUVY55'], // 500KL → K(8)+L(16) = 24 Y; MNOPQ, RSTUV → 31 5
    ['0035g00000LkT2b', '0035g00000LkT2bAAF'], // LkT2b → L(1)+T(4) = 5 F
    ['5005g00000Qm7XyAAJ', '5005g00000Qm7XyAAJ'], // already 18 characters
  ])('%s → %s', (id, expected) => {
    expect(toEighteenCharacterId(id)).toBe(expected);
  });

  test.each(['5005g00000Qm7X', '5005g00000Qm7Xy-AJ', '5005g00000Qm7XyAAJX', ''])(
    '%s is no record id',
    (id) => {
      expect(toEighteenCharacterId(id)).toBeUndefined();
    },
  );
});

describe('keyPrefixOfLink', () => {
  test.each([
    ['/lightning/r/0055g00000Ab1XyAAJ/view', '005'],
    ['/lightning/r/User/0055g00000Ab1XyAAJ/view', '005'],
    ['/lightning/r/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7XyAAJ%2Fview', '003'],
    ['/00Q5g00000PbX3rEAF', '00Q'],
    ['/lightning/page/home', undefined],
  ])('%s → %s', (href, prefix) => {
    expect(keyPrefixOfLink(href)).toBe(prefix);
  });
});
