import { describe, expect, test } from 'vitest';

import { fillPlaceholders, placeholderValuesFor } from '../../lib/knowledge/placeholders';
import { makeTicket } from '../builders/ticket';

const values = placeholderValuesFor(makeTicket(), { name: 'Sam Patel' });

describe('fillPlaceholders', () => {
  test.each([
    ['Hi {{requester.firstName}},', 'Hi Maya,', []],
    ['Hi {{ requester.firstName | "there" }},', 'Hi Maya,', []],
    [
      'Ticket {{ticket.id}}: {{ticket.subject}}',
      'Ticket 4512: Refund for double charge on November invoice',
      [],
    ],
    ['Best regards,\n{{agent.name}}', 'Best regards,\nSam Patel', []],
    ['We emailed {{requester.email}}.', 'We emailed maya.okafor@example.com.', []],
    ['Order {{order.number}} is late.', 'Order {{order.number}} is late.', ['order.number']],
    ['Order {{order.number | "your order"}} is late.', 'Order your order is late.', []],
    [
      '{{order.number}} and again {{order.number}}',
      '{{order.number}} and again {{order.number}}',
      ['order.number'],
    ],
    ['Braces {{ not a placeholder }} stay.', 'Braces {{ not a placeholder }} stay.', []],
  ])('%j', (text, filled, missing) => {
    expect(fillPlaceholders(text, values)).toEqual({ text: filled, missing });
  });

  test('a value the agent typed fills what the ticket could not', () => {
    expect(fillPlaceholders('Order {{order.number}}', { ...values, 'order.number': 'SO-44120' })).toEqual({
      text: 'Order SO-44120',
      missing: [],
    });
  });

  test('a blank value counts as missing', () => {
    expect(fillPlaceholders('Hi {{requester.firstName}}', { 'requester.firstName': '  ' }).missing).toEqual([
      'requester.firstName',
    ]);
  });
});

describe('placeholderValuesFor', () => {
  test.each([
    ['Maya Okafor', 'Maya'],
    ['Okafor, Maya', 'Maya'],
    ['  Priya  ', 'Priya'],
    ['daniel.reyes@example.com', undefined],
    [undefined, undefined],
  ])('requester %j has first name %j', (name, firstName) => {
    const ticket = makeTicket({ requester: { name } });
    expect(placeholderValuesFor(ticket)['requester.firstName']).toBe(firstName);
  });

  test('reads the ticket and the agent', () => {
    expect(
      placeholderValuesFor(makeTicket({ helpdesk: 'salesforce', ticketId: '00104217' }), {
        name: 'Ana Gomez',
      }),
    ).toEqual({
      'requester.firstName': 'Maya',
      'requester.name': 'Maya Okafor',
      'requester.email': 'maya.okafor@example.com',
      'requester.phone': '+1 415 555 0143',
      'ticket.id': '00104217',
      'ticket.subject': 'Refund for double charge on November invoice',
      'agent.name': 'Ana Gomez',
      'agent.firstName': 'Ana',
    });
  });
});
