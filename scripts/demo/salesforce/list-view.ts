import { salesforceCases } from '../data';
import { h } from './dom';
import { minutesBefore, printedDateTime } from './format';
import { caseUrl } from './routes';

/** The "Recently Viewed" Case list view; each Case Number links to its workspace. */
export function caseListView(now: number): HTMLElement {
  const columns = ['Case Number', 'Subject', 'Contact Name', 'Status', 'Priority', 'Date/Time Opened'];
  const rows = salesforceCases.map((caseRecord) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h(
          'a',
          { href: caseUrl(caseRecord), title: caseRecord.caseNumber, class: 'outputLookupLink' },
          caseRecord.caseNumber,
        ),
      ),
      h('td', {}, h('span', { class: 'slds-truncate', title: caseRecord.subject }, caseRecord.subject)),
      h('td', {}, caseRecord.customer.name),
      h('td', {}, caseRecord.status),
      h('td', {}, caseRecord.priority),
      h('td', {}, printedDateTime(minutesBefore(now, caseRecord.minutesAgoCreated))),
    ),
  );
  return h(
    'div',
    { class: 'windowViewMode-normal oneContent active forceListViewManager' },
    h(
      'div',
      { class: 'slds-page-header forceListViewManagerHeader' },
      h('p', { class: 'slds-breadcrumb' }, 'Cases'),
      h('h1', { class: 'slds-page-header__title', title: 'Recently Viewed' }, 'Recently Viewed'),
      h(
        'p',
        { class: 'slds-text-body_small' },
        `${salesforceCases.length} items • Sorted by Date/Time Opened`,
      ),
    ),
    h(
      'table',
      { class: 'slds-table slds-table_bordered', role: 'grid', 'aria-label': 'Recently Viewed' },
      h(
        'thead',
        {},
        h('tr', {}, ...columns.map((column) => h('th', { scope: 'col', title: column }, column))),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}
