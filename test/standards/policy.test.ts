import { describe, expect, test } from 'vitest';

import type { Standard } from '../../lib/packs/standards-schema';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { applicableStandard, targetsFor } from '../../lib/standards/policy';
import { northwindStandards } from '../builders/standards';
import { makeTicket } from '../builders/ticket';

function standard(id: string): Standard {
  const found = northwindStandards.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no Northwind standard ${id}`);
  return found;
}

describe('the first standard whose conditions match applies', () => {
  test.each<[string, Partial<TicketSnapshot>, string | undefined]>([
    ['Maya’s billing email', {}, 'email-web'],
    ['a web-form ticket', { channel: 'web' }, 'email-web'],
    // Incidents come first, so they win over the email standard the ticket also matches.
    ['an email tagged as an outage', { tags: ['outage', 'billing'] }, 'service-incident'],
    [
      'an email saying the service is down',
      { latestCustomerMessage: 'Our Service Is Down since 9am, nobody can log in.' },
      'service-incident',
    ],
    ['an enterprise customer’s call', { channel: 'phone', tags: ['enterprise'] }, 'enterprise-phone'],
    ['any other call', { channel: 'phone', tags: ['voicemail'] }, 'phone'],
    ['a tweet', { channel: 'social', tags: [] }, 'social'],
    ['a chat, which no standard covers', { channel: 'chat', tags: [] }, undefined],
  ])('%s → %s', (_case, overrides, expected) => {
    expect(applicableStandard(northwindStandards, makeTicket(overrides))?.id).toBe(expected);
  });

  test('no standards loaded: none applies', () => {
    expect(applicableStandard([], makeTicket())).toBeUndefined();
  });
});

describe('the targets that apply at the ticket’s priority', () => {
  test.each<[string, string, Partial<TicketSnapshot>, string[]]>([
    // email-web: first reply 1h urgent / 2h high / 8h any; next reply 4h any; resolution 8h urgent.
    [
      'urgent email',
      'email-web',
      { priority: 'urgent' },
      ['first_reply 1h', 'next_reply 4h', 'resolution 8h'],
    ],
    ['high email', 'email-web', { priority: 'high' }, ['first_reply 2h', 'next_reply 4h']],
    [
      'normal email: the priority-less target',
      'email-web',
      { priority: 'normal' },
      ['first_reply 8h', 'next_reply 4h'],
    ],
    [
      'email without a priority: only priority-less targets',
      'email-web',
      { priority: undefined },
      ['first_reply 8h', 'next_reply 4h'],
    ],
    [
      'normal incident',
      'service-incident',
      { priority: 'normal' },
      ['first_reply 30m', 'next_reply 1h', 'periodic_update 1h'],
    ],
    [
      'urgent incident',
      'service-incident',
      { priority: 'urgent' },
      ['first_reply 30m', 'next_reply 1h', 'periodic_update 1h', 'resolution 8h'],
    ],
    ['a call gets its callback target', 'phone', { channel: 'phone' }, ['callback 2h', 'resolution 16h']],
    ['callback applies to phone tickets only', 'phone', { channel: 'email' }, ['resolution 16h']],
  ])('%s', (_case, standardId, overrides, expected) => {
    const targets = targetsFor(standard(standardId), makeTicket(overrides));
    expect(targets.map((target) => `${target.metric} ${String(target.within)}`)).toEqual(expected);
  });
});
