import type { DemoZendeskTicket } from '../data';
import type { DemoClock } from './clock';
import { isConversation, logItem } from './conversation-log';
import { customerContext } from './customer-context';
import { element } from './dom';

function property(label: string, testId: string, ...value: Node[]): HTMLElement {
  return element('div', { class: 'property', 'data-test-id': testId }, element('label', {}, label), ...value);
}

function comboboxValue(text: string): HTMLElement {
  return element('div', { 'data-garden-id': 'dropdowns.combobox.value', class: 'combobox' }, text);
}

/**
 * Zendesk ships redesigns without notice. The demo can play one: with this switch set in the
 * page's localStorage, the priority field carries a new test id that the built-in adapter does
 * not know, as the e2e test of pack overrides (test/e2e/helpdesk-overrides.e2e.ts) needs.
 */
export const RENAMED_PRIORITY_SWITCH = 'touchpoint-demo:zendesk-renamed-priority';

function priorityFieldTestId(): string {
  return localStorage.getItem(RENAMED_PRIORITY_SWITCH) === 'on'
    ? 'ticket-fields-priority-dropdown'
    : 'ticket-fields-priority-select';
}

function propertiesPanel(ticket: DemoZendeskTicket): HTMLElement {
  const requester = element(
    'div',
    {
      'data-test-id': 'ticket-system-field-requester-select',
      class: 'property',
      role: 'combobox',
      'aria-expanded': 'false',
    },
    element('label', {}, 'Requester'),
    element(
      'div',
      { 'data-garden-id': 'dropdowns.combobox.value', class: 'combobox' },
      element('span', { title: ticket.customer.name }, ticket.customer.name),
    ),
  );
  const tags = element(
    'div',
    { 'data-test-id': 'ticket-fields-tags', class: 'property' },
    element('label', {}, 'Tags'),
    element(
      'div',
      { class: 'tag-group', 'data-garden-id': 'tags.tag_group' },
      ...ticket.tags.map((tag) =>
        element(
          'span',
          {
            'data-test-id': 'ticket-system-field-tags-item-selected',
            class: 'garden-tag-item',
            'data-garden-id': 'tags.tag_view',
          },
          tag,
        ),
      ),
    ),
  );
  return element(
    'section',
    {
      id: `ticket_sidebar_${ticket.id}`,
      class: 'ticket-sidebar',
      'data-test-id': 'ticket-properties-panel',
      'aria-label': 'Ticket properties',
    },
    requester,
    property('Assignee', 'assignee-field', comboboxValue('Support/Sam Patel')),
    property('Followers', 'ticket-system-field-followers', comboboxValue('-')),
    tags,
    property(
      'Type',
      'ticket-fields-type-select',
      comboboxValue(ticket.via === 'Email' ? 'Problem' : 'Question'),
    ),
    property('Priority', priorityFieldTestId(), comboboxValue(ticket.priority ?? '-')),
  );
}

function conversationPane(ticket: DemoZendeskTicket, clock: DemoClock): HTMLElement {
  return element(
    'section',
    {
      class: 'conversation-polaris',
      'data-ticket-id': String(ticket.id),
      'data-side-conversations-anchor-id': String(ticket.id),
    },
    element(
      'div',
      { 'data-test-id': 'omni-header', class: 'omni-header' },
      element('input', {
        type: 'text',
        'data-test-id': 'omni-header-subject',
        'aria-label': 'Subject',
        value: ticket.subject,
      }),
      element(
        'div',
        { class: 'omni-header-meta' },
        element(
          'span',
          {
            'data-cy-test-id': 'status-badge-state',
            class: `status-badge status-${ticket.status.toLowerCase()}`,
          },
          ticket.status,
        ),
        element('span', { 'data-test-id': 'omni-header-via-label' }, `Via ${ticket.via}`),
        element(
          'span',
          { 'data-test-id': 'tooltip-requester-name', class: 'requester-name' },
          ticket.customer.name,
        ),
      ),
    ),
    element(
      'div',
      {
        'data-test-id': 'omni-log-container',
        class: 'omni-log',
        role: 'log',
        elementtiming: `omnilog/${ticket.id}`,
      },
      ...ticket.messages.map((message, index) => logItem(ticket, message, index, clock)),
    ),
    element(
      'div',
      { 'data-test-id': 'omnicomposer', class: 'omnicomposer' },
      element(
        'button',
        { type: 'button', 'data-test-id': 'omnichannel-channel-switcher-button' },
        isConversation(ticket) ? ticket.via : 'Public reply',
      ),
      element('div', {
        'data-test-id': 'omnicomposer-rich-text-ckeditor',
        class: 'composer-editor ck-editor__editable',
        contenteditable: 'true',
        role: 'textbox',
        'aria-label': 'Rich text editor',
      }),
    ),
    element(
      'footer',
      { class: 'ticket-footer', 'data-test-id': 'ticket-footer' },
      element(
        'button',
        { type: 'button', 'data-test-id': 'apply-macro-button', class: 'secondary' },
        'Apply macro',
      ),
      element(
        'button',
        { type: 'button', 'data-test-id': 'submit_button-button', class: 'primary' },
        `Submit as ${ticket.status === 'New' ? 'Open' : ticket.status}`,
      ),
    ),
  );
}

/** The ticket's layout as Zendesk draws it once loaded: properties, conversation, customer context. */
export function ticketLayout(
  ticket: DemoZendeskTicket,
  sameCustomer: readonly DemoZendeskTicket[],
  clock: DemoClock,
): HTMLElement {
  return element(
    'div',
    {
      class: 'ticket ticket-panes-grid-layout',
      'data-test-id': `ticket-${ticket.id}-standard-layout`,
      'data-is-active': 'true',
    },
    propertiesPanel(ticket),
    conversationPane(ticket, clock),
    customerContext(ticket, sameCustomer),
  );
}

/** What a just-opened ticket shows while its data loads. */
export function skeletonLayout(ticketId: number): HTMLElement {
  const bar = (width: string) =>
    element('div', { 'data-test-id': 'skeleton-loader', class: 'skeleton', style: `width: ${width}` });
  return element(
    'div',
    {
      class: 'ticket ticket-panes-grid-layout',
      'data-test-id': `ticket-${ticketId}-standard-layout`,
      'data-is-active': 'true',
      'aria-busy': 'true',
    },
    element(
      'section',
      { class: 'ticket-sidebar', 'aria-label': 'Ticket properties' },
      bar('80%'),
      bar('60%'),
      bar('70%'),
      bar('50%'),
    ),
    element(
      'section',
      { class: 'conversation-polaris', 'data-ticket-id': String(ticketId) },
      element('div', { 'data-test-id': 'omni-header', class: 'omni-header' }, bar('45%')),
      element(
        'div',
        { 'data-test-id': 'omni-log-container', class: 'omni-log', role: 'log' },
        bar('90%'),
        bar('75%'),
        bar('85%'),
      ),
    ),
    element('aside', { class: 'omnipanel' }, bar('70%'), bar('55%')),
  );
}
