import { salesforceCases, type DemoSalesforceCase } from '../data';
import { h } from './dom';
import { card, highlights, layoutSection, recordPage, recordTabset, type Field } from './record-page';
import { caseUrl } from './routes';

/** The Contact record page a Case workspace opens as a subtab. */
export function contactPage(caseRecord: DemoSalesforceCase): HTMLElement {
  const { customer } = caseRecord;
  const email: Field = { label: 'Email', value: { kind: 'email', text: customer.email } };
  const phone: Field = { label: 'Phone', value: { kind: 'phone', text: customer.phone } };
  const account: Field = { label: 'Account Name', value: { kind: 'text', text: caseRecord.accountName } };
  const theirCases = salesforceCases.filter((other) => other.contactRecordId === caseRecord.contactRecordId);
  const casesCard = card(
    `Cases (${theirCases.length})`,
    h(
      'ul',
      { class: 'slds-list_vertical' },
      ...theirCases.map((other) =>
        h(
          'li',
          { class: 'slds-item' },
          h('a', { href: caseUrl(other) }, other.caseNumber),
          ` ${other.subject} · ${other.status}`,
        ),
      ),
    ),
  );
  const details = layoutSection('Contact Information', [
    [{ label: 'Name', value: { kind: 'text', text: customer.name } }, phone],
    [account, email],
  ]);
  const header = highlights({
    entity: 'Contact',
    primary: customer.name,
    primaryTag: 'lightning-formatted-name',
    icon: 'contact',
    fields: [account, phone, email],
    actions: ['New Case', 'Edit'],
  });
  const main = recordTabset([
    { title: 'Related', body: casesCard },
    { title: 'Details', body: details },
  ]);
  return recordPage(
    [header],
    main,
    card('Activity', h('p', { class: 'slds-text-body_small' }, 'No activities to show.')),
  );
}
