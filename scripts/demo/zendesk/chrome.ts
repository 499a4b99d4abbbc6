import type { DemoZendeskTicket } from '../data';
import { element, icon } from './dom';
import { isConversation } from './conversation-log';
import { landingPath } from './view-page';

const navItems: readonly [label: string, href: string, iconName: string][] = [
  ['Home', '/agent/dashboard', 'home'],
  ['Views', landingPath, 'views'],
  ['Customers', '/agent/user_filters', 'customers'],
  ['Organizations', '/agent/organizations', 'organizations'],
  ['Reporting', '/explore', 'reporting'],
  ['Admin Center', '/admin/home', 'admin'],
];

/** The product's left navigation bar. */
export function mainNavigation(): HTMLElement {
  return element(
    'nav',
    {
      id: 'main_navigation',
      class: 'main-nav',
      'data-garden-id': 'chrome.nav',
      'aria-label': 'Main navigation',
    },
    element('a', { href: landingPath, class: 'brandmark', 'aria-label': 'Zendesk Support' }, icon('zendesk')),
    element(
      'ul',
      {},
      ...navItems.map(([label, href, iconName]) =>
        element(
          'li',
          {},
          element(
            'a',
            {
              href,
              class: 'nav-item',
              'data-test-id': `main-nav-${iconName}`,
              'aria-label': label,
              title: label,
            },
            icon(iconName),
          ),
        ),
      ),
    ),
  );
}

/** One header tab, as the 2024–26 tab strip draws it; the close button sits beside the link. */
export function headerTab(ticket: DemoZendeskTicket, selected: boolean): HTMLElement {
  const conversation = isConversation(ticket);
  const lastMessage = ticket.messages.at(-1)?.body ?? '';
  const title = conversation ? ticket.customer.name : ticket.subject;
  const label = conversation
    ? `${ticket.customer.name}: ${ticket.subject} #${ticket.id}`
    : `${ticket.subject} #${ticket.id}`;
  return element(
    'div',
    {
      class: `header-tab-wrapper${selected ? ' is-selected' : ''}`,
      role: 'presentation',
      'data-ticket-id': String(ticket.id),
    },
    element(
      'a',
      {
        'data-test-id': 'header-tab',
        role: 'tab',
        href: `/agent/tickets/${ticket.id}`,
        'aria-selected': String(selected),
        'aria-label': label,
        title: label,
        'data-entity-type': 'TICKET_ENTITY_TYPE',
        'data-entity-id': String(ticket.id),
        'data-entity-is-selected': String(selected),
        'data-is-chat': String(conversation),
        class: 'header-tab',
      },
      element(
        'span',
        { 'data-test-id': 'header-tab-icon', class: 'tab-icon' },
        icon(conversation ? 'chat' : 'ticket'),
      ),
      element(
        'span',
        { class: 'tab-text' },
        element('span', { 'data-test-id': 'header-tab-title', class: 'tab-title', title }, title),
        element(
          'span',
          { 'data-test-id': 'header-tab-subtitle', class: 'tab-subtitle' },
          element('span', {}, conversation ? lastMessage : `#${ticket.id}`),
        ),
      ),
    ),
    element(
      'button',
      {
        type: 'button',
        'data-test-id': 'close-button',
        class: 'tab-close',
        'aria-label': `Close tab ${label}`,
      },
      '×',
    ),
  );
}

/** The header: the tab strip of open tickets and the agent's toolbar. */
export function header(tabList: HTMLElement): HTMLElement {
  return element(
    'header',
    { 'data-garden-id': 'chrome.header', 'data-test-id': 'header', class: 'app-header' },
    tabList,
    element(
      'div',
      { 'data-test-id': 'header-toolbar', class: 'header-toolbar' },
      element(
        'button',
        { type: 'button', 'aria-label': 'Search Zendesk', class: 'toolbar-button' },
        icon('search'),
      ),
      element('button', { type: 'button', 'aria-label': 'Conversations', class: 'toolbar-button' }, '0'),
      element('span', { 'data-test-id': 'zendesk_icon_profile', class: 'profile', title: 'Sam Patel' }, 'SP'),
    ),
  );
}
