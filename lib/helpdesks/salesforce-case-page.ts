import type { Requester } from '../ticket/snapshot';
import { queryFirst, textOf } from './page-text';
import { caseFieldLabels, selectors } from './salesforce-selectors';

type FieldLabel = (typeof caseFieldLabels)[keyof typeof caseFieldLabels];

/**
 * The value element of a Case field as rendered on one record page: the details layout first,
 * then the highlights panel (the details tab renders lazily, so only the highlights may exist).
 * Undefined when the page does not render that field; an empty element when the field is empty.
 */
export function fieldValueOf(recordPage: Element, label: FieldLabel): Element | undefined {
  const layoutItem = recordPage.querySelector(`${selectors.layoutItem}[field-label="${label}"]`);
  const layoutValue = layoutItem && queryFirst(layoutItem, selectors.layoutItemValue);
  if (layoutValue) return layoutValue;
  for (const item of recordPage.querySelectorAll(selectors.highlightsItem)) {
    if (item.querySelector(selectors.highlightsItemLabel)?.getAttribute('title') === label) {
      return item.querySelector(selectors.highlightsItemValue) ?? undefined;
    }
  }
  return undefined;
}

export function fieldTextOf(recordPage: Element, label: FieldLabel): string | undefined {
  return textOf(fieldValueOf(recordPage, label));
}

/** Text of a formatted field (a lookup's link, an email or phone link), or the plain value. */
function formattedTextOf(
  recordPage: Element,
  label: FieldLabel,
  formatted: readonly string[],
): string | undefined {
  const value = fieldValueOf(recordPage, label);
  return value && textOf(queryFirst(value, formatted) ?? value);
}

/** The Case Number as shown, leading zeros kept; undefined until the page has rendered it. */
export function caseNumberOf(recordPage: Element): string | undefined {
  return (
    textOf(queryFirst(recordPage, selectors.highlightsPrimaryField)) ?? fieldTextOf(recordPage, 'Case Number')
  );
}

/**
 * The customer: the Case's Contact when it has one, else what Web-to-Case or Email-to-Case
 * stored (Web Name, Web Email, Web Phone). The two are never mixed, so a name and an address
 * always describe the same person.
 */
export function requesterOf(recordPage: Element): Requester {
  const contactName = formattedTextOf(recordPage, caseFieldLabels.contactName, selectors.lookupLink);
  if (contactName) {
    return {
      name: contactName,
      email: formattedTextOf(recordPage, caseFieldLabels.contactEmail, selectors.email),
      phone: formattedTextOf(recordPage, caseFieldLabels.contactPhone, selectors.phone),
    };
  }
  return {
    name: fieldTextOf(recordPage, caseFieldLabels.webName),
    email: formattedTextOf(recordPage, caseFieldLabels.webEmail, selectors.email),
    phone: formattedTextOf(recordPage, caseFieldLabels.webPhone, selectors.phone),
  };
}
