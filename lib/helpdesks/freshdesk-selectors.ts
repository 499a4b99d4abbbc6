/**
 * Where the Freshdesk agent UI (the Ember app at `/a/tickets/ID`, "Mint" since late 2018) shows
 * each part of a ticket (research/helpdesk-pages.md §4). Each line names the public code it was
 * read from; "index file N" is a file the search index holds without naming its repository.
 * Lines marked "assumed" follow a naming pattern seen in public code but were not seen themselves:
 * check them against a saved page when one is at hand. test/helpdesks/freshdesk-selectors.test.ts
 * checks that the stored pages contain every one of them.
 */
export const freshdeskSelectors = {
  /**
   * The ticket number in the page's breadcrumb ("5123"): toggl/track-extension
   * `src/content/freshdesk.js` ("Freshdesk mint (late 2018)"), index files 22245650397, 18225448280.
   */
  ticketNumber: '.breadcrumb__item.active',
  /**
   * The subject; child controls (an "Add AI summary" button since 2024) sit inside it: toggl strips
   * the children, index file 42428334534 strips the button's text; also index file 5290389934.
   */
  subject: '.ticket-subject-heading',

  /**
   * One entry of the conversation: the ticket's description (its opening message), then each
   * reply, note and forward, oldest first. Index file 55067695980 (a 2025–26 userscript) and
   * Ankushjha/freshdesk-ai-summarizer `extractor.js`. Message bodies can carry markup copied from
   * any email, so nothing inside an entry is ever taken for part of the page around it.
   */
  item: '[data-test-id="ticket-description"], [data-test-id="conversation-wrapper"]',
  description: '[data-test-id="ticket-description"]',
  /**
   * "Lena Fischer reported via email 2 days ago (Mon, 2 Nov 2026 at 9:12 AM)": the description's
   * header and each reply's (index file 55067695980); clashuniversal/backend_ticket_id
   * `timezone.js` reads the parenthesised time from `.ticket-details__item__header`.
   */
  itemHeader: '.ticket-details__item__header, .conversation-header',
  itemBody: [
    '[data-test-conversation="conversation-text"]', // replies and notes (index file 55067695980)
    '#ticket_original_request', // the description (index files 55067695980, 48760581351)
    '.ticket-details__item__content', // either, without the inner wrapper (index file 55067695980)
  ].join(', '),
  /** The quoted history under a reply; Freshdesk's own mail code wraps it (index files 11935472213, 3492198532). */
  quote: '.freshdesk_quote',
  /**
   * Entries by the requester and private notes. Indirect evidence: a Freshdesk marketplace app
   * styles its copy of the conversation with the UI's classes `ticket-details__requestor`,
   * `ticket-details__privatenote` and `ticket-details__item` (index file 6638290003); notes also
   * carry a `data-album` of "note_…" (index file 55067695980). The requester is also recognised by
   * name (`sender`), in case the class goes.
   */
  requesterItem: '.ticket-details__requestor',
  privateNote: '.ticket-details__privatenote, [data-album^="note_"]',
  sender: '.sender-info [data-test-id="user-name"]', // index file 48760581351

  /** Ticket properties: Ember power-select dropdowns (index file 48760581351; index file 18225448280 for the pattern). */
  status: ['[data-test-id="tkt-properties-status"] .ember-power-select-selected-item'],
  priority: ['[data-test-id="priority"] .ember-power-select-selected-item'],
  tags: ['.ticket-tags ul li .tag-options'], // toggl (text padded with "\r\n\t")

  /** The contact-details widget: the only place the requester is read from. */
  requesterName: ['.requester-wrap [data-test-id="user-name"]'], // index file 48760581351
  requesterEmail: ['[data-test-id="requester-info-contact-email"] .info-details-content'], // bubbleupdotnet/freshdesk `add_info_links.user.js`; index file 48760581351
  requesterPhone: [
    '[data-test-id="requester-info-contact-phone"] .info-details-content', // assumed: same pattern, contact field `phone`
    '[data-test-id="requester-info-contact-mobile"] .info-details-content', // assumed: contact field `mobile`
  ],

  /** The open reply (or note) editor, Froala. */
  composer: [
    '[data-test-id="active-editor"][contenteditable="true"]', // index file 71006600985 (Playwright, 2025–26)
    '.fr-element.fr-view[contenteditable="true"]', // index files 42428334534, 55067695980
  ],
} as const;
