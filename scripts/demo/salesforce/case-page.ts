import type { DemoSalesforceCase } from '../data';
import { h } from './dom';
import { caseFeed } from './case-feed';
import { minutesBefore, printedDateTime } from './format';
import { card, highlights, layoutSection, recordPage, recordTabset, type Field } from './record-page';
import { contactUrl } from './routes';

const caseStatuses = ['New', 'Working', 'Escalated', 'Closed'] as const;

function statusPath(current: DemoSalesforceCase['status']): HTMLElement {
  const currentIndex = caseStatuses.indexOf(current);
  const stages = caseStatuses.map((stage, index) => {
    const state =
      index < currentIndex
        ? 'slds-is-complete'
        : index === currentIndex
          ? 'slds-is-current slds-is-active'
          : 'slds-is-incomplete';
    return h(
      'li',
      { class: `slds-path__item ${state}`, role: 'presentation' },
      h('span', { class: 'slds-path__title' }, stage),
    );
  });
  return h(
    'div',
    { class: 'slds-path' },
    h('ul', { class: 'slds-path__nav', role: 'listbox', 'aria-label': 'Status' }, ...stages),
  );
}

/** The Case record page: highlights, status path, details and related lists, and the case feed. */
export function casePage(caseRecord: DemoSalesforceCase, now: number): HTMLElement {
  const { customer } = caseRecord;
  const text = (label: string, value?: string): Field => ({ label, value: { kind: 'text', text: value } });
  const contactName: Field = {
    label: 'Contact Name',
    value: { kind: 'lookup', text: customer.name, href: contactUrl(caseRecord) },
  };
  const accountId = caseRecord.contactRecordId.replace(/^003/, '001');
  const details = [
    layoutSection('Case Information', [
      [{ label: 'Case Owner', value: { kind: 'owner' } }, text('Case Number', caseRecord.caseNumber)],
      [
        contactName,
        {
          label: 'Account Name',
          value: {
            kind: 'lookup',
            text: caseRecord.accountName,
            href: `/lightning/r/Account/${accountId}/view`,
          },
        },
      ],
      [
        { label: 'Contact Email', value: { kind: 'email', text: customer.email } },
        { label: 'Contact Phone', value: { kind: 'phone', text: customer.phone } },
      ],
      [text('Status', caseRecord.status), text('Priority', caseRecord.priority)],
      [
        text('Case Origin', caseRecord.origin),
        text('Date/Time Opened', printedDateTime(minutesBefore(now, caseRecord.minutesAgoCreated))),
      ],
    ]),
    layoutSection('Description Information', [
      [text('Subject', caseRecord.subject)],
      [text('Description', caseRecord.messages.find((message) => message.author === 'customer')?.body)],
    ]),
  ];
  const emailCount =
    caseRecord.origin === 'Email' || caseRecord.origin === 'Web' ? caseRecord.messages.length : 0;
  const related = card(
    `Emails (${emailCount})`,
    h('p', { class: 'slds-text-body_small' }, 'Sorted by Message Date'),
  );
  const header = [
    highlights({
      entity: 'Case',
      primary: caseRecord.caseNumber,
      primaryTag: 'lightning-formatted-text',
      icon: 'case',
      fields: [
        text('Priority', caseRecord.priority),
        text('Status', caseRecord.status),
        text('Case Number', caseRecord.caseNumber),
        contactName,
      ],
      actions: ['Close Case', 'Edit', 'Change Owner'],
    }),
    statusPath(caseRecord.status),
  ];
  const main = recordTabset([
    { title: 'Details', body: h('records-record-layout-block', {}, ...details) },
    { title: 'Related', body: related },
  ]);
  return recordPage(header, main, card('Feed', caseFeed(caseRecord, now)));
}

/** What a record page shows while its data loads: grey bars, no fields. */
export function loadingSkeleton(): HTMLElement {
  const bars = (count: number) => Array.from({ length: count }, () => h('div', { class: 'text-row' }));
  return h(
    'one-record-home-flexipage2',
    {},
    h(
      'force-placeholder2',
      { class: 'forcePlaceholder', 'aria-busy': 'true' },
      h('div', { class: 'slds-page-header placeholder-header' }, ...bars(2)),
      h('div', { class: 'placeholder-body' }, ...bars(6)),
      h('span', { class: 'slds-assistive-text' }, 'Loading...'),
    ),
  );
}
