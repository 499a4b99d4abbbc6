import { describe, expect, test } from 'vitest';

import {
  describeIdentity,
  normaliseEmail,
  normalisePhone,
  requesterIdentities,
  type IdentityOptions,
} from '../../lib/history/identity';
import type { IdentityKey } from '../../lib/history/schema';
import type { Requester } from '../../lib/ticket/snapshot';

describe('normaliseEmail', () => {
  test.each<[string, string | undefined]>([
    ['maya.okafor@example.com', 'maya.okafor@example.com'],
    ['  Maya.Okafor@Example.COM ', 'maya.okafor@example.com'],
    // Plus-addressing is kept: at many domains it is part of a different mailbox.
    ['maya.okafor+billing@example.com', 'maya.okafor+billing@example.com'],
    ['Tom.Becker@example.co.uk\n', 'tom.becker@example.co.uk'],
    ['Maya Okafor', undefined],
    ['maya.okafor@', undefined],
    ['', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });
});

describe('normalisePhone', () => {
  test.each<[string, IdentityOptions, string | undefined]>([
    ['+1 415 555 0143', {}, '+14155550143'],
    ['+1 (415) 555-0143', {}, '+14155550143'],
    ['+1 415 555 0143 ext. 12', {}, '+14155550143'],
    ['(415) 555-0143', { defaultCountry: 'US' }, '+14155550143'],
    // No country code and no default country: the country would be a guess.
    ['(415) 555-0143', {}, undefined],
    ['07700 900123', { defaultCountry: 'GB' }, '+447700900123'],
    ['+44 (0)117 496 0321', {}, '+441174960321'],
    ['0117 496 0321', { defaultCountry: 'GB' }, '+441174960321'],
    // A British number read with an American default is no possible number.
    ['0117 496 0321', { defaultCountry: 'US' }, undefined],
    ['call after 6pm', { defaultCountry: 'US' }, undefined],
  ])('%j with %j → %j', (raw, options, expected) => {
    expect(normalisePhone(raw, options)).toBe(expected);
  });
});

describe('requesterIdentities', () => {
  test.each<[string, string, Requester, IdentityOptions, IdentityKey[]]>([
    [
      'email and phone',
      'zendesk',
      { name: 'Maya Okafor', email: 'Maya.Okafor@example.com', phone: '+1 415 555 0143' },
      {},
      [
        { kind: 'email', value: 'maya.okafor@example.com' },
        { kind: 'phone', value: '+14155550143' },
      ],
    ],
    [
      'a WhatsApp handle that is the phone number',
      'zendesk',
      { name: 'Daniel Reyes', phone: '+44 7700 900123', handle: '+44 7700 900123' },
      {},
      [{ kind: 'phone', value: '+447700900123' }],
    ],
    [
      'a social handle',
      'zendesk',
      { name: 'Priya Natarajan', email: 'priya.n@example.org', handle: '@PriyaN_Codes' },
      {},
      [
        { kind: 'email', value: 'priya.n@example.org' },
        { kind: 'handle', value: 'priyan_codes' },
      ],
    ],
    [
      'a helpdesk user id, scoped to its helpdesk',
      'salesforce',
      { name: 'Grace Liu', email: 'grace.liu@example.net', externalId: '0035g00000XyZ12AAB' },
      {},
      [
        { kind: 'helpdesk-user', value: 'salesforce:0035g00000XyZ12AAB' },
        { kind: 'email', value: 'grace.liu@example.net' },
      ],
    ],
    [
      'a local number with the team’s default country',
      'zendesk',
      { name: 'Omar Haddad', phone: '(312) 555-0199' },
      { defaultCountry: 'US' },
      [{ kind: 'phone', value: '+13125550199' }],
    ],
    [
      'a local number without a default country',
      'zendesk',
      { name: 'Omar Haddad', phone: '(312) 555-0199' },
      {},
      [],
    ],
    ['a name alone', 'zendesk', { name: 'Maya Okafor' }, {}, []],
  ])('%s', (_case, helpdesk, requester, options, expected) => {
    expect(requesterIdentities(helpdesk, requester, options)).toEqual(expected);
  });
});

test.each<[IdentityKey, string]>([
  [{ kind: 'phone', value: '+14155550143' }, 'phone +1 415 555 0143'],
  [{ kind: 'phone', value: '+441174960321' }, 'phone +44 117 496 0321'],
  [{ kind: 'email', value: 'maya.okafor@example.com' }, 'email maya.okafor@example.com'],
  [{ kind: 'handle', value: 'priyan_codes' }, 'handle @priyan_codes'],
])('describeIdentity(%j) → %j', (identity, expected) => {
  expect(describeIdentity(identity)).toBe(expected);
});
