import { h } from './dom';

export interface ConsoleShell {
  root: HTMLElement;
  /** The context bar's workspace tabs (`ul.tabBarItems`). */
  tabBar: HTMLElement;
  /** Holds one `section.tabContent.oneConsoleTab` per open tab. */
  bodies: HTMLElement;
}

function globalHeader(): HTMLElement {
  const action = (title: string, glyph: string) =>
    h(
      'li',
      { class: 'slds-global-actions__item' },
      h(
        'button',
        { class: 'slds-button slds-button_icon', type: 'button', title },
        h('span', { 'aria-hidden': 'true' }, glyph),
        h('span', { class: 'slds-assistive-text' }, title),
      ),
    );
  return h(
    'header',
    { id: 'oneHeader', class: 'slds-global-header_container oneHeader' },
    h(
      'div',
      { class: 'slds-global-header' },
      h(
        'div',
        { class: 'slds-global-header__logo' },
        h('span', { class: 'logo-mark' }, 'Northwind'),
        h('span', { class: 'slds-assistive-text' }, 'Northwind Broadband'),
      ),
      h(
        'div',
        { class: 'slds-global-header__item_search' },
        h('button', { class: 'search-button', type: 'button', 'aria-label': 'Search' }, 'Search...'),
      ),
      h(
        'ul',
        { class: 'slds-global-actions' },
        action('Favorites', '★'),
        action('Help', '?'),
        action('Notifications', '3'),
        action('View profile', 'AG'),
      ),
    ),
  );
}

function contextBar(tabBar: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'tabsetHeader slds-context-bar slds-context-bar--tabs' },
    h(
      'div',
      { class: 'slds-context-bar__primary navLeft' },
      h('span', { class: 'appLauncher', 'aria-hidden': 'true' }),
      h(
        'span',
        { class: 'slds-context-bar__app-name', title: 'Northwind Service Console' },
        'Service Console',
      ),
      h('button', { class: 'navItemSelector', type: 'button', title: 'Show Navigation Menu' }, 'Cases'),
    ),
    h('div', { class: 'slds-context-bar__secondary navCenter tabBarContainer' }, tabBar),
  );
}

function utilityBar(): HTMLElement {
  const item = (label: string) =>
    h(
      'li',
      { class: 'slds-utility-bar__item' },
      h('button', { class: 'slds-utility-bar__action', type: 'button' }, label),
    );
  return h(
    'div',
    {
      class: 'utilitybar slds-utility-bar_container oneUtilityBar',
      role: 'complementary',
      'aria-label': 'Utility Bar',
    },
    h(
      'ul',
      { class: 'slds-utility-bar' },
      item('Omni-Channel (Available)'),
      item('History'),
      item('Macros'),
      item('Notes'),
    ),
  );
}

/** The console frame: global header, context bar with workspace tabs, the workspace area, utility bar. */
export function consoleShell(): ConsoleShell {
  const tabBar = h('ul', { class: 'tabBarItems slds-grid', role: 'tablist', 'aria-label': 'Workspaces' });
  const bodies = h('div', { class: 'split-right' });
  const manager = h(
    'div',
    { class: 'navexWorkspaceManager' },
    contextBar(tabBar),
    h('div', { class: 'tabsetBody main-content mainContentMark fullheight active' }, bodies),
  );
  const root = h(
    'div',
    { class: 'desktop container forceStyle oneOne navexDesktopLayoutContainer lafAppLayoutHost forceAccess' },
    h(
      'div',
      { class: 'viewport' },
      globalHeader(),
      h('section', { class: 'layoutContent' }, manager),
      utilityBar(),
    ),
  );
  return { root, tabBar, bodies };
}

export interface TabItem {
  item: HTMLElement;
  link: HTMLElement;
  label: HTMLElement;
}

/** A tab in the context bar or a workspace's subtab bar; `closeLabel` adds an × button. */
export function tabItem(options: {
  kind: 'workspace' | 'subtab';
  bodyId: string;
  href: string;
  label: string;
  icon: string;
  ariaLabel?: string;
  closeLabel?: string;
}): TabItem {
  const itemClass =
    options.kind === 'workspace'
      ? 'oneConsoleTabItem tabItem slds-context-bar__item slds-context-bar__item_tab navexConsoleTabItem'
      : 'oneConsoleTabItem tabItem slds-tabs--default__item slds-sub-tabs__item navexConsoleTabItem';
  const label = h('span', { class: 'title slds-truncate' }, options.label);
  const link = h(
    'a',
    {
      role: 'tab',
      class: 'tabHeader',
      'aria-selected': 'false',
      'aria-controls': options.bodyId,
      title: options.label,
      href: options.href,
      ...(options.ariaLabel ? { 'aria-label': options.ariaLabel } : {}),
    },
    h('span', { class: `tabIcon slds-icon-standard-${options.icon}`, 'aria-hidden': 'true' }),
    label,
  );
  const item = h('li', { class: itemClass, role: 'presentation' }, link);
  if (options.closeLabel) {
    item.append(
      h(
        'button',
        {
          class: 'close slds-button slds-button_icon',
          type: 'button',
          title: options.closeLabel,
          'aria-label': options.closeLabel,
          'data-close-tab': options.bodyId,
        },
        '×',
      ),
    );
  }
  return { item, link, label };
}

export function setTabSelected(tab: TabItem, selected: boolean, activeClass: string): void {
  tab.item.classList.toggle(activeClass, selected);
  tab.item.classList.toggle('active', selected);
  tab.link.setAttribute('aria-selected', String(selected));
  tab.link.setAttribute('tabindex', selected ? '0' : '-1');
}

export function setBodyActive(body: Element, active: boolean): void {
  body.classList.toggle('active', active);
  body.setAttribute('aria-expanded', String(active));
}
