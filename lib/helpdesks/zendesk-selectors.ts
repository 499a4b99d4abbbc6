/**
 * Where Zendesk Agent Workspace shows each part of a ticket. Alternatives run newest UI first;
 * each line names the era or layout it covers (research/helpdesk-pages.md §2). Selectors taking a
 * ticket id receive the digits read from the URL, never page text.
 */
export const zendeskSelectors = {
  /** The header tab the agent has selected; the active ticket must be the one it names. */
  selectedTab: [
    'a[data-test-id="header-tab"][data-entity-is-selected="true"]', // 2024–26 tab strip
    'header div[data-selected="true"][data-entity-id]', // 2021–23 header tabs
    'div[aria-label="Tabs"] [aria-selected="true"]', // 2021–23 tab list variant
    '#tabs .selected', // pre-2021 ("Lotus") tab strip
  ],
  /** `#48213` in a ticket tab, for tabs that carry no `data-entity-id`. */
  tabSubtitle: [
    '[data-test-id="header-tab-subtitle"] span', // 2021–26
    '.tab-content-holder .subtitle', // pre-2021
  ],
  /** The active ticket's own layout: every field is read inside it, never from the whole page. */
  activeLayout: (ticketId: string) => [
    `[data-test-id="ticket-${ticketId}-standard-layout"][data-is-active="true"]`, // 2024–26
  ],
  /** Older workspaces carry no active flag: find the pane anchored to the ticket, then its workspace. */
  conversationAnchor: (ticketId: string) => [
    `[data-side-conversations-anchor-id="${ticketId}"]`, // 2020–23 conversation pane
  ],
  /** The reply editor inside the active ticket's layout. */
  composer: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]', // 2022–26 omnicomposer (CKEditor 5)
    '.ck-editor__editable[contenteditable="true"]', // CKEditor without the test id
  ],
  /** Inactive workspaces stay in the DOM, hidden with an inline `display: none`. */
  workspace: 'div.workspace',
  /** Everything that changes when the agent switches, opens or closes tabs or a ticket updates. */
  observedRoot: ['#wrapper', '#main_panes'],

  subject: [
    'input[data-test-id="omni-header-subject"]', // 2020–26 Agent Workspace header
    'input[name="subject"]', // pre-2021 ticket pane
  ],
  viaLabel: ['[data-test-id="omni-header-via-label"]'], // 2020–26
  status: [
    '[data-test-id="omni-header"] [data-cy-test-id="status-badge-state"]', // 2022–26 header badge
    'span.ticket_status_label', // pre-2022
  ],
  priority: [
    '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]', // 2024–26
    '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.select"]', // 2020–23
  ],
  tags: [
    '[data-test-id="ticket-fields-tags"] [data-test-id="ticket-system-field-tags-item-selected"]', // 2021–26
    '.zd-tag-menu-root .zd-tag-item a', // 2019–21
  ],

  /** The requester field holds the name in a child's `title`. */
  requesterName: [
    '[data-test-id="ticket-system-field-requester-select"] [title]', // 2021–26 sidebar field
    '[data-test-id="tooltip-requester-name"]', // 2021–26 conversation header
  ],
  /** The customer-context panel: the only place the requester's email and phone are read. */
  customerContext: [
    '[data-test-id="customer-context-panel"]', // 2021–26, opened by omnipanel-selector-item-customer-context
  ],
  requesterEmail: [
    '[data-test-id="attribute-email-display"] div[color="blue"]', // 2023–26
    '[data-test-id="attribute-email-display"]', // 2021–22
  ],
  requesterPhone: ['a[href^="tel:"]'],

  log: {
    /** One comment, message or note. */
    item: 'article[data-test-id="omni-log-comment-item"]', // 2020–26
    /** Carries `type="end-user" | "agent" | "bot" | "internal"`. */
    message: '[data-test-id="omni-log-item-message"][type]',
    internalNoteTag: '[data-test-id="omni-log-internal-note-tag"]',
    body: [
      '[data-test-id="omni-log-message-content"] .zd-comment', // email and web-form bodies
      '[data-test-id="omni-log-message-content"]', // messaging, voice and chat
    ],
    time: [
      'time[data-test-id="timestamp-absolute"][datetime]', // 2022–26
      'time[data-test-id="timestamp-relative"][datetime]', // 2022–26
      'time[datetime]', // 2020–21
    ],
    /** Long logs show only their latest items until the agent asks for more. */
    showMore: 'button[data-test-id="convolog-show-more-button"]',
  },
} as const;
