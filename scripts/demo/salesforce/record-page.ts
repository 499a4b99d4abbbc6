import { h, type Child } from './dom';

/**
 * The parts every Lightning record page shares, in the element nesting the real console uses
 * (research/helpdesk-pages.md §3.3), so the adapter reads the demo as it reads Salesforce.
 */

export type FieldValue =
  | { kind: 'text'; text?: string }
  | { kind: 'lookup'; text?: string; href: string }
  | { kind: 'email'; text?: string }
  | { kind: 'phone'; text?: string }
  | { kind: 'owner' };

export interface Field {
  label: string;
  value: FieldValue;
}

function valueElement(value: FieldValue): Child {
  if (value.kind === 'owner') return h('force-owner-lookup');
  if (!value.text) return null;
  switch (value.kind) {
    case 'lookup':
      return h(
        'force-lookup',
        {},
        h(
          'records-hoverable-link',
          { class: 'forceOutputLookupWithPreview' },
          h('a', { href: value.href }, value.text),
        ),
      );
    case 'email':
      return h('lightning-formatted-email', {}, h('a', { href: `mailto:${value.text}` }, value.text));
    case 'phone':
      return h(
        'lightning-formatted-phone',
        {},
        h('a', { href: `tel:${value.text.replace(/\s/g, '')}` }, value.text),
      );
    default:
      return h('lightning-formatted-text', {}, value.text);
  }
}

function layoutItem({ label, value }: Field): HTMLElement {
  return h(
    'records-record-layout-item',
    { 'field-label': label, class: 'slds-form__item' },
    h(
      'div',
      { class: 'slds-form-element slds-form-element_readonly slds-form-element_stacked' },
      h('div', { class: 'slds-form-element__label' }, h('span', { class: 'test-id__field-label' }, label)),
      h(
        'div',
        { class: 'slds-form-element__control' },
        h(
          'span',
          { class: 'test-id__field-value slds-form-element__static' },
          h('slot', { name: 'outputField' }, valueElement(value)),
        ),
      ),
    ),
  );
}

export function layoutSection(title: string, rows: Field[][]): HTMLElement {
  return h(
    'records-record-layout-section',
    { class: 'slds-section slds-is-open' },
    h('h3', { class: 'slds-section__title' }, h('span', { class: 'slds-truncate', title }, title)),
    h(
      'div',
      { class: 'slds-form', role: 'list' },
      ...rows.map((row) =>
        h('records-record-layout-row', { class: 'slds-form__row' }, ...row.map(layoutItem)),
      ),
    ),
  );
}

export interface HighlightsOptions {
  entity: string;
  primary: string;
  primaryTag: string;
  icon: string;
  fields: Field[];
  actions: string[];
}

export function highlights(options: HighlightsOptions): HTMLElement {
  const title = h(
    'h1',
    {},
    h('div', { class: 'entityNameTitle' }, options.entity),
    h(
      'slot',
      { name: 'primaryField', class: 'slds-page-header__title' },
      h(options.primaryTag, {}, options.primary),
    ),
  );
  const details = options.fields.map((field) =>
    h(
      'records-highlights-details-item',
      { class: 'slds-page-header__detail-block', role: 'listitem' },
      h('p', { class: 'slds-text-title slds-truncate', title: field.label }, field.label),
      h('p', { class: 'fieldComponent' }, h('slot', {}, valueElement(field.value))),
    ),
  );
  return h(
    'records-lwc-highlights-panel',
    {},
    h(
      'records-highlights2',
      {},
      h(
        'div',
        { class: 'highlights slds-page-header slds-page-header_record-home' },
        h(
          'div',
          { class: 'primaryFieldRow' },
          h('span', { class: `record-avatar slds-icon-standard-${options.icon}`, 'aria-hidden': 'true' }),
          title,
          h(
            'ul',
            { class: 'slds-button-group-list' },
            ...options.actions.map((action) =>
              h('li', {}, h('button', { class: 'slds-button slds-button_neutral', type: 'button' }, action)),
            ),
          ),
        ),
        h('div', { class: 'slds-page-header__detail-row', role: 'list' }, ...details),
      ),
    ),
  );
}

/** A tabset in the page's main region; the first tab starts selected. */
export function recordTabset(tabs: { title: string; body: Node }[]): HTMLElement {
  const links = tabs.map((tab, index) =>
    h(
      'li',
      { class: `slds-tabs_default__item${index === 0 ? ' slds-is-active' : ''}`, role: 'presentation' },
      h(
        'a',
        { class: 'slds-tabs_default__link', role: 'tab', 'aria-selected': String(index === 0), href: '#' },
        tab.title,
      ),
    ),
  );
  const panels = tabs.map((tab, index) =>
    h(
      'div',
      { class: `slds-tabs_default__content ${index === 0 ? 'slds-show' : 'slds-hide'}`, role: 'tabpanel' },
      tab.body,
    ),
  );
  return h(
    'lightning-tabset',
    { class: 'slds-tabs_default' },
    h('ul', { class: 'slds-tabs_default__nav', role: 'tablist' }, ...links),
    ...panels,
  );
}

/** The flexipage nesting around a record page's header, main and sidebar regions. */
export function recordPage(header: Child[], main: Child, sidebar: Child): HTMLElement {
  return h(
    'one-record-home-flexipage2',
    {},
    h(
      'flexipage-record-home-template-desktop2',
      { class: 'record-template' },
      h('div', { class: 'region-header' }, ...header),
      h(
        'div',
        { class: 'row-main' },
        h('div', { class: 'region-main' }, main),
        h('div', { class: 'region-sidebar-right' }, sidebar),
      ),
    ),
  );
}

export function card(title: string, ...body: Child[]): HTMLElement {
  return h(
    'article',
    { class: 'slds-card' },
    h('div', { class: 'slds-card__header' }, h('h2', { class: 'slds-card__header-title' }, title)),
    h('div', { class: 'slds-card__body' }, ...body),
  );
}
