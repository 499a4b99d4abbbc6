import { freshdeskSelectors as freshdesk } from '../helpdesks/freshdesk-selectors';
import { caseFieldLabels, selectors as salesforce } from '../helpdesks/salesforce-selectors';
import { zendeskSelectors as zendesk } from '../helpdesks/zendesk-selectors';
import type { SnapshotField } from './snapshot-fields';

/** One way a built-in adapter finds a field, as one CSS selector (list) over the whole page. */
export interface BuiltInSelector {
  selector: string;
  /** The helpdesk UI era or layout it covers, as the selectors file says. */
  era?: string;
}

/**
 * Where each built-in adapter looks for each snapshot field, flattened into page-wide CSS
 * selectors so a page report can say which of them still match. Adapters also check things CSS
 * cannot (the active tab, text of a label): a match here is a clue, not a reading. Derived from
 * the adapters' selectors files, so a changed selector shows up here too.
 */
export interface HelpdeskProbeTable {
  /** The active ticket's part of the page, when CSS can find it: the structure walk starts there. */
  focus: readonly string[];
  fields: Partial<Record<SnapshotField, readonly BuiltInSelector[]>>;
}

/** `scope inner` for every pair of the two selector lists. */
function within(scope: string, inner: string): string {
  const scopes = scope.split(/,\s*/);
  return inner
    .split(/,\s*/)
    .flatMap((part) => scopes.map((outer) => `${outer} ${part}`))
    .join(', ');
}

/** Pairs each alternative with its era; eras that no longer line up with the list are dropped. */
function withEras(list: readonly string[], eras: readonly string[]): BuiltInSelector[] {
  return list.map((selector, index) => ({
    selector,
    ...(list.length === eras.length && { era: eras[index] }),
  }));
}

const zendeskTimes = ['2022–26', '2022–26', '2020–21'];
const zendeskTable: HelpdeskProbeTable = {
  focus: ['[data-test-id$="-standard-layout"][data-is-active="true"]', 'div.workspace:not([style*="none"])'],
  fields: {
    subject: withEras(zendesk.subject, ['2020–26', 'pre-2021']),
    'requester.name': withEras(zendesk.requesterName, ['2021–26', '2021–26']),
    'requester.email': withEras(
      zendesk.requesterEmail.map((email) => within(zendesk.customerContext[0], email)),
      ['2023–26', '2021–22'],
    ),
    'requester.phone': withEras(
      zendesk.requesterPhone.map((phone) => within(zendesk.customerContext[0], phone)),
      ['2021–26'],
    ),
    channel: withEras(zendesk.viaLabel, ['2020–26']),
    priority: withEras(zendesk.priority, ['2024–26', '2020–23']),
    status: withEras(zendesk.status, ['2022–26', 'pre-2022']),
    tags: withEras(zendesk.tags, ['2021–26', '2019–21']),
    createdAt: withEras(
      zendesk.log.time.map((time) => within(zendesk.log.item, time)),
      zendeskTimes,
    ),
    lastCustomerMessageAt: withEras(
      zendesk.log.time.map((time) => within(`${zendesk.log.item}:has([type="end-user"])`, time)),
      zendeskTimes,
    ),
    lastAgentReplyAt: withEras(
      zendesk.log.time.map((time) => within(`${zendesk.log.item}:has([type="agent"])`, time)),
      zendeskTimes,
    ),
    latestCustomerMessage: withEras(
      zendesk.log.body.map((body) => within(`${zendesk.log.item}:has([type="end-user"])`, body)),
      ['email and web form', 'messaging, voice and chat'],
    ),
  },
};

type CaseLabel = (typeof caseFieldLabels)[keyof typeof caseFieldLabels];

/** A Case field by its label: in the details layout, then in the highlights panel. */
function caseField(label: CaseLabel, formatted: readonly string[] = []): BuiltInSelector[] {
  const item = `${salesforce.layoutItem}[field-label="${label}"]`;
  const highlights = `${salesforce.highlightsItem}:has(${salesforce.highlightsItemLabel.replace('[title]', `[title="${label}"]`)}) ${salesforce.highlightsItemValue}`;
  const values = salesforce.layoutItemValue.map((value) => `${item} ${value}`);
  return [
    ...formatted.map((inner) => ({ selector: within(values.join(', '), inner), era: 'formatted value' })),
    ...withEras(values, ['since Feb 2025', '2019–24']),
    { selector: highlights, era: 'highlights panel' },
  ];
}

const salesforceTable: HelpdeskProbeTable = {
  focus: [...salesforce.activeWorkspace, ...salesforce.recordPage],
  fields: {
    subject: caseField(caseFieldLabels.subject),
    'requester.name': [
      ...caseField(caseFieldLabels.contactName, salesforce.lookupLink),
      ...caseField(caseFieldLabels.webName),
    ],
    'requester.email': [
      ...caseField(caseFieldLabels.contactEmail, salesforce.email),
      ...caseField(caseFieldLabels.webEmail, salesforce.email),
    ],
    'requester.phone': [
      ...caseField(caseFieldLabels.contactPhone, salesforce.phone),
      ...caseField(caseFieldLabels.webPhone, salesforce.phone),
    ],
    channel: caseField(caseFieldLabels.origin),
    priority: caseField(caseFieldLabels.priority),
    status: caseField(caseFieldLabels.status),
    createdAt: caseField(caseFieldLabels.opened),
    lastCustomerMessageAt: withEras(
      salesforce.feedTimestamp.map((time) => within(salesforce.feedItem.join(', '), time)),
      ['2019–26', 'Chatter feed'],
    ),
    lastAgentReplyAt: withEras(
      salesforce.feedTimestamp.map((time) => within(salesforce.feedItem.join(', '), time)),
      ['2019–26', 'Chatter feed'],
    ),
    latestCustomerMessage: withEras(
      salesforce.feedBody.map((body) => within(salesforce.feedItem.join(', '), body)),
      ['email', 'posts', 'Aura posts'],
    ),
  },
};

const freshdeskTable: HelpdeskProbeTable = {
  focus: [],
  fields: {
    subject: [{ selector: freshdesk.subject }],
    'requester.name': withEras(freshdesk.requesterName, []),
    'requester.email': withEras(freshdesk.requesterEmail, []),
    'requester.phone': withEras(freshdesk.requesterPhone, ['phone', 'mobile']),
    channel: [{ selector: within(freshdesk.description, freshdesk.itemHeader) }],
    priority: withEras(freshdesk.priority, []),
    status: withEras(freshdesk.status, []),
    tags: withEras(freshdesk.tags, []),
    createdAt: [{ selector: within(freshdesk.description, freshdesk.itemHeader) }],
    lastCustomerMessageAt: [{ selector: within(freshdesk.requesterItem, freshdesk.itemHeader) }],
    lastAgentReplyAt: [{ selector: within(freshdesk.item, freshdesk.itemHeader) }],
    latestCustomerMessage: [{ selector: within(freshdesk.requesterItem, freshdesk.itemBody) }],
  },
};

/** Built-in adapters' selectors by helpdesk id; a declared helpdesk has none (its pack's rules are probed instead). */
export const builtInProbes: Readonly<Record<string, HelpdeskProbeTable>> = {
  zendesk: zendeskTable,
  salesforce: salesforceTable,
  freshdesk: freshdeskTable,
};
