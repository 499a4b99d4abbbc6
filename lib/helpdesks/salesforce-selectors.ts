/**
 * Where the Lightning Service Console keeps what the adapter reads (research/helpdesk-pages.md §3).
 * Each list holds alternatives, newest UI first; the comment says which UI era or layout it covers.
 * test/helpdesks/salesforce-selectors.test.ts checks that the fixtures contain every one of them.
 */
export const selectors = {
  /** Holds the workspace tab bar and every workspace; changes under it can change the snapshot. */
  workspaceManager: [
    'div.navexWorkspaceManager', // Service Console, 2019–2026
    'div.split-right', // console bodies without the manager wrapper (UNiXSF observes this one)
  ],
  /** The focused workspace (primary tab body). Inactive workspaces stay in the DOM without `active`. */
  activeWorkspace: [
    'div.split-right > section.tabContent.oneConsoleTab.active', // console 2019–2026 (UNiXSF, Astisme)
  ],
  /** Any workspace or subtab body; the adapter keeps the outermost active one when the above fails. */
  consoleTabBody: 'section.tabContent.oneConsoleTab',
  /** The selected workspace tab in the context bar; its `href` names the workspace's record. */
  activeWorkspaceTab: [
    '.slds-context-bar ul.tabBarItems > li.slds-is-active > a.tabHeader', // console 2019–2026
    '.slds-context-bar ul.tabBarItems a[role="tab"][aria-selected="true"]', // tab items without `slds-is-active`
  ],
  /** Subtab headers inside a workspace; `aria-controls` names the subtab body's id. */
  subtabHeaders: [
    'ul.tabBarItems.slds-tabs--default__nav a.tabHeader', // console subtab bar, 2019–2026
    'li.slds-sub-tabs__item > a[role="tab"]', // subtab items without the `tabHeader` class
  ],
  /** One record page (the Case's, or a Contact's in another subtab). */
  recordPage: [
    'one-record-home-flexipage2', // Lightning record pages, 2020–2026
  ],
  /** The Case Number in the highlights panel title. */
  highlightsPrimaryField: [
    'records-highlights2 slot[name="primaryField"] lightning-formatted-text', // LWC highlights, 2020–2026
    '.highlights .slds-page-header__title lightning-formatted-text', // highlights without the named slot
  ],
  /** A compact-layout field in the highlights panel: label in `title`, value beside it. */
  highlightsItem: 'records-highlights-details-item',
  highlightsItemLabel: 'p.slds-text-title[title]',
  highlightsItemValue: 'p.fieldComponent',
  /** A detail field by its label (`records-record-layout-item[field-label="Subject"]`). */
  layoutItem: 'records-record-layout-item',
  /** The value part of a detail field, without its label and inline-edit button. */
  layoutItemValue: [
    '[name="outputField"]', // record layouts since Feb 2025 (UNiXSF)
    'span.test-id__field-value', // record layouts 2019–2024 (Selenium/Playwright code)
  ],
  /** The linked record name inside a lookup field (Contact Name). */
  lookupLink: [
    'records-hoverable-link a', // LWC lookups, 2020–2026
    'force-lookup a', // Aura lookups
  ],
  email: [
    'lightning-formatted-email a', // 2019–2026
    'a[href^="mailto:"]', // plain output fields
  ],
  phone: [
    'lightning-formatted-phone a', // 2019–2026
    'a[href^="tel:"]', // plain output fields
  ],
  /** Case feed items, newest first; `data-type` is the FeedItem type (EmailMessageEvent, TextPost …). */
  feedItem: [
    'article.cuf-feedItem', // case feed, 2019–2026
    '.forceChatterFeedItem', // Aura class of the same item, for feeds that render it on another tag
  ],
  /** Who the item is from: a link to a User (agent) or a Contact/Lead/Account (customer). */
  feedActor: [
    '.preamble_left a.cuf-entityLink', // case feed preamble, 2019–2026
    '.forceChatterFeedItemHeader a.cuf-entityLink', // Chatter feed header
  ],
  feedTimestamp: [
    '.preamble_right a.cuf-timestamp', // case feed preamble, 2019–2026
    'a.cuf-timestamp', // Chatter feed header
  ],
  feedBody: [
    '.emailMessageBody', // email feed items
    '.cuf-feedBodyText', // posts
    '.forceChatterMessageBody', // Aura post bodies
  ],
  /** The feed publisher's reply editor on the Case record page. */
  composer: [
    '.cuf-feedPublisher lightning-input-rich-text .ql-editor[contenteditable="true"]', // Email action, Quill, 2020–26
    '.cuf-feedPublisher [contenteditable="true"]', // a publisher whose editor is not wrapped in lightning-input-rich-text
  ],
} as const;

/** English field labels of the standard Case layout; the adapter reads labels the agent's page shows. */
export const caseFieldLabels = {
  caseNumber: 'Case Number',
  subject: 'Subject',
  status: 'Status',
  priority: 'Priority',
  origin: 'Case Origin',
  opened: 'Date/Time Opened',
  contactName: 'Contact Name',
  contactEmail: 'Contact Email',
  contactPhone: 'Contact Phone',
  webName: 'Web Name',
  webEmail: 'Web Email',
  webPhone: 'Web Phone',
} as const;

/** Feed item types that carry a message to or from the customer; the rest (posts, call logs) are internal. */
export const conversationFeedTypes: readonly string[] = ['EmailMessageEvent', 'SocialPost'];
