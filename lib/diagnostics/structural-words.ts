import { freshdeskSelectors } from '../helpdesks/freshdesk-selectors';
import { caseFieldLabels, selectors as salesforceSelectors } from '../helpdesks/salesforce-selectors';
import { zendeskSelectors } from '../helpdesks/zendesk-selectors';

/**
 * Words that name a page's structure, never a customer: the words of every built-in selector
 * (a helpdesk's own names for its fields) and the common vocabulary of web UI components. A
 * class or test id made of these words keeps them in a page report even where the same word is
 * also page text (the label "Priority" beside `ticket-fields-priority-select`). Any other word
 * that is also page text is redacted (redaction.ts).
 */
const uiWords = `
  absolute account action actions active activity add address agent agents alert app apps
  area aria assignee attachment attribute avatar back badge banner bar body bot box brand
  button call card case cc channel chat chip close collapsed column combobox comment comments
  composer contact container content context conversation conversations count created
  customer customers dashboard data date default description detail details dialog display
  divider dropdown dropdowns edit editor email empty end entity event events expanded field
  fields filter filters first footer form frame grid group header heading hidden highlights
  home icon id inner input internal interaction item items label last latest layout left link
  list loading log main mail maximized medium menu message messages meta mobile modal name nav
  navigation new note notes number omni open opened option options organization origin owner
  page pane panel panes phone placeholder popover primary priority properties property
  publisher reason record records relative reply request requester right role root row
  search section select selected selector sender side sidebar source state status sticky
  subject submit subtab subtitle summary system tab table tabs tag tags tel test text
  thread ticket tickets time timestamp title toggle toolbar tooltip trigger type updated urgency
  user users value via view views visible web widget workspace wrapper
`;

function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((run) =>
    run
      .split(/(?<=[a-z])(?=[A-Z])/)
      .map((part) => part.toLowerCase())
      .filter((part) => part.length >= 2 && !/^\d+$/.test(part)),
  );
}

function selectorStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(selectorStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(selectorStrings);
  return [];
}

export const structuralWords: ReadonlySet<string> = new Set([
  ...wordsOf(uiWords),
  ...selectorStrings([zendeskSelectors, salesforceSelectors, freshdeskSelectors, caseFieldLabels]).flatMap(
    wordsOf,
  ),
]);
