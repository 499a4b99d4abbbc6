import type { DemoZendeskTicket } from '../data';
import { element, icon } from './dom';

function attribute(label: string, testId: string, value: Node | string): HTMLElement {
  return element(
    'div',
    { 'data-test-id': testId, class: 'attribute' },
    element('span', { class: 'attribute-label' }, label),
    value,
  );
}

/** The context panel open on customer context: the requester's email, phone and other tickets. */
export function customerContext(
  ticket: DemoZendeskTicket,
  otherTickets: readonly DemoZendeskTicket[],
): HTMLElement {
  const { customer } = ticket;
  return element(
    'aside',
    { 'data-test-id': 'omnipanel', class: 'omnipanel', 'aria-label': 'Context panel' },
    element(
      'div',
      { class: 'omnipanel-toolbar', role: 'toolbar' },
      element(
        'button',
        {
          type: 'button',
          'data-test-id': 'omnipanel-selector-item-customer-context',
          'aria-pressed': 'true',
          'aria-label': 'Customer context',
        },
        icon('person'),
      ),
      element(
        'button',
        {
          type: 'button',
          'data-test-id': 'omnipanel-selector-item-knowledge',
          'aria-pressed': 'false',
          'aria-label': 'Knowledge',
        },
        icon('book'),
      ),
    ),
    element(
      'div',
      {
        'data-test-id': 'customer-context-panel',
        id: `customer-context-${ticket.id}`,
        class: 'customer-context',
      },
      element('div', { 'data-test-id': 'customer-context-user-name', class: 'customer-name' }, customer.name),
      customer.email &&
        attribute('Email', 'attribute-email-display', element('div', { color: 'blue' }, customer.email)),
      customer.phone &&
        attribute(
          'Phone',
          'attribute-phone-display',
          element('a', { href: `tel:${customer.phone.replaceAll(' ', '')}` }, customer.phone),
        ),
      customer.handle &&
        attribute(ticket.via, 'attribute-identity-display', element('div', {}, customer.handle)),
      element(
        'section',
        {
          'data-test-id': 'customer-context-interactions',
          class: 'interactions',
          'aria-label': 'Interactions',
        },
        element('h3', {}, 'Interactions'),
        ...otherTickets.map((other) =>
          element(
            'a',
            { href: `/agent/tickets/${other.id}`, 'data-test-id': 'interaction-item', class: 'interaction' },
            element('span', { class: 'interaction-subject' }, other.subject),
            element(
              'span',
              {
                'data-cy-test-id': 'status-badge-state',
                class: `status-badge status-${other.status.toLowerCase()}`,
              },
              other.status,
            ),
            element('span', { class: 'interaction-id' }, `#${other.id}`),
          ),
        ),
      ),
    ),
  );
}
