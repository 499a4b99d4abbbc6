import type { DemoSalesforceCase } from '../data';
import { casePage, loadingSkeleton } from './case-page';
import { contactPage } from './contact-page';
import { h } from './dom';
import { caseListView } from './list-view';
import { caseUrl, contactUrl, listUrl, routeOf, type ConsoleRoute } from './routes';
import { consoleShell, setBodyActive, setTabSelected, tabItem, type TabItem } from './shell';

/** How long a Case shows its skeleton the first time it opens, as the real console does. */
export const caseLoadingMs = 300;

interface Subtab {
  tab: TabItem;
  body: HTMLElement;
}

interface Workspace {
  caseRecord: DemoSalesforceCase;
  tab: TabItem;
  body: HTMLElement;
  subtabBar: HTMLElement;
  subtabBodies: HTMLElement;
  caseSubtab: Subtab;
  contactSubtab?: Subtab;
  focused: 'case' | 'contact';
}

function subtabBody(id: string, content: Node): HTMLElement {
  return h(
    'section',
    { class: 'tabContent oneConsoleTab', role: 'tabpanel', id, 'aria-expanded': 'false' },
    h('div', { class: 'windowViewMode-maximized oneContent lafPageHost' }, content),
  );
}

function setSubtabActive(subtab: Subtab, active: boolean): void {
  setTabSelected(subtab.tab, active, 'slds-active');
  setBodyActive(subtab.body, active);
  subtab.body.firstElementChild?.classList.toggle('active', active);
}

/** Switches a record page's own tabset (Details, Related) without leaving the page. */
function selectRecordTab(link: Element): void {
  const tabset = link.closest('lightning-tabset');
  if (!tabset) return;
  const links = [...tabset.querySelectorAll('a.slds-tabs_default__link')];
  const panels = [...tabset.children].filter((child) =>
    child.classList.contains('slds-tabs_default__content'),
  );
  links.forEach((other, index) => {
    const selected = other === link;
    other.setAttribute('aria-selected', String(selected));
    other.parentElement?.classList.toggle('slds-is-active', selected);
    panels[index]?.classList.toggle('slds-show', selected);
    panels[index]?.classList.toggle('slds-hide', !selected);
  });
}

/**
 * The demo Service Console: a single-page app that opens Case workspaces from the list view,
 * keeps inactive workspaces in the DOM, and moves between them with the History API.
 * Every listener ends with `signal`.
 */
export function startSalesforceConsole(signal?: AbortSignal): void {
  const now = Date.now();
  const shell = consoleShell();
  document.body.append(shell.root);
  const listTab = tabItem({
    kind: 'workspace',
    bodyId: 'ctab_nav',
    href: listUrl,
    label: 'Cases',
    icon: 'case',
  });
  const listBody = h(
    'section',
    { class: 'tabContent oneConsoleTab', role: 'tabpanel', id: 'ctab_nav', 'aria-expanded': 'false' },
    caseListView(now),
  );
  shell.tabBar.append(listTab.item);
  shell.bodies.append(listBody);
  const workspaces = new Map<string, Workspace>();
  let openedCount = 0;

  function urlOf(workspace: Workspace): string {
    return workspace.focused === 'contact' ? contactUrl(workspace.caseRecord) : caseUrl(workspace.caseRecord);
  }

  function applyFocus(workspace: Workspace): void {
    const contactFocused = workspace.focused === 'contact' && workspace.contactSubtab !== undefined;
    setSubtabActive(workspace.caseSubtab, !contactFocused);
    if (workspace.contactSubtab) setSubtabActive(workspace.contactSubtab, contactFocused);
  }

  function finishLoading(workspace: Workspace): void {
    if (signal?.aborted || workspaces.get(workspace.caseRecord.recordId) !== workspace) return;
    const { caseRecord } = workspace;
    for (const label of [workspace.tab.label, workspace.caseSubtab.tab.label])
      label.textContent = caseRecord.caseNumber;
    workspace.tab.link.setAttribute('title', caseRecord.caseNumber);
    workspace.caseSubtab.tab.link.setAttribute('title', caseRecord.caseNumber);
    workspace.caseSubtab.body.firstElementChild?.replaceChildren(casePage(caseRecord, now));
    const contactId = `${workspace.body.id}_2`;
    const contactTab = tabItem({
      kind: 'subtab',
      bodyId: contactId,
      href: contactUrl(caseRecord),
      label: caseRecord.customer.name,
      icon: 'contact',
    });
    workspace.contactSubtab = { tab: contactTab, body: subtabBody(contactId, contactPage(caseRecord)) };
    workspace.subtabBar.append(contactTab.item);
    workspace.subtabBodies.append(workspace.contactSubtab.body);
    applyFocus(workspace);
    if (workspace.tab.link.getAttribute('aria-selected') === 'true') document.title = titleOf(workspace);
  }

  function openWorkspace(caseRecord: DemoSalesforceCase): Workspace {
    const id = `ctab${openedCount++}`;
    const tab = tabItem({
      kind: 'workspace',
      bodyId: id,
      href: caseUrl(caseRecord),
      label: 'Loading...',
      icon: 'case',
      closeLabel: `Close ${caseRecord.caseNumber}`,
    });
    const caseTab = tabItem({
      kind: 'subtab',
      bodyId: `${id}_1`,
      href: caseUrl(caseRecord),
      label: 'Loading...',
      icon: 'case',
      ariaLabel: 'Case details',
    });
    const caseSubtab = { tab: caseTab, body: subtabBody(`${id}_1`, loadingSkeleton()) };
    const subtabBar = h(
      'ul',
      { class: 'tabBarItems slds-tabs--default__nav', role: 'tablist', 'aria-label': 'Subtabs' },
      caseTab.item,
    );
    const subtabBodies = h('div', { class: 'tabsetBody' }, caseSubtab.body);
    const body = h(
      'section',
      { class: 'tabContent oneConsoleTab', role: 'tabpanel', id, 'aria-expanded': 'false' },
      h(
        'div',
        { class: 'oneWorkspace navexWorkspace' },
        h('div', { class: 'tabsetHeader slds-sub-tabs subtabHeader' }, subtabBar),
        subtabBodies,
      ),
    );
    const workspace: Workspace = {
      caseRecord,
      tab,
      body,
      subtabBar,
      subtabBodies,
      caseSubtab,
      focused: 'case',
    };
    workspaces.set(caseRecord.recordId, workspace);
    shell.tabBar.append(tab.item);
    shell.bodies.append(body);
    setTimeout(() => finishLoading(workspace), caseLoadingMs);
    return workspace;
  }

  function titleOf(workspace: Workspace | undefined): string {
    if (!workspace) return 'Recently Viewed | Cases | Salesforce';
    if (!workspace.contactSubtab && workspace.tab.label.textContent === 'Loading...')
      return 'Loading... | Salesforce';
    return workspace.focused === 'contact'
      ? `${workspace.caseRecord.customer.name} | Contact | Salesforce`
      : `${workspace.caseRecord.caseNumber} | Case | Salesforce`;
  }

  function show(route: ConsoleRoute): void {
    const focused =
      route.kind === 'case'
        ? (workspaces.get(route.caseRecord.recordId) ?? openWorkspace(route.caseRecord))
        : undefined;
    if (focused && route.kind === 'case') focused.focused = route.subtab;
    setTabSelected(listTab, !focused, 'slds-is-active');
    setBodyActive(listBody, !focused);
    for (const workspace of workspaces.values()) {
      setTabSelected(workspace.tab, workspace === focused, 'slds-is-active');
      setBodyActive(workspace.body, workspace === focused);
    }
    if (focused) applyFocus(focused);
    document.title = titleOf(focused);
  }

  function navigate(url: string): void {
    const route = routeOf(new URL(url, location.href));
    if (!route) return;
    history.pushState(null, '', url);
    show(route);
  }

  /** Closing a tab focuses its right-hand neighbour, else its left, else the list view. */
  function closeWorkspace(bodyId: string | null): void {
    const order = [...workspaces.values()];
    const index = order.findIndex((workspace) => workspace.body.id === bodyId);
    const closing = order[index];
    if (!closing) return;
    const wasFocused = closing.tab.link.getAttribute('aria-selected') === 'true';
    closing.tab.item.remove();
    closing.body.remove();
    workspaces.delete(closing.caseRecord.recordId);
    if (!wasFocused) return;
    const neighbour = order[index + 1] ?? order[index - 1];
    navigate(neighbour ? urlOf(neighbour) : listUrl);
  }

  function onClick(event: MouseEvent): void {
    if (!(event.target instanceof Element)) return;
    const closeButton = event.target.closest('[data-close-tab]');
    if (closeButton) {
      event.preventDefault();
      closeWorkspace(closeButton.getAttribute('data-close-tab'));
      return;
    }
    const recordTab = event.target.closest('a.slds-tabs_default__link');
    if (recordTab) {
      event.preventDefault();
      selectRecordTab(recordTab);
      return;
    }
    const link = event.target.closest('a[href]');
    const url = link && new URL(link.getAttribute('href') ?? '', location.href);
    if (!url || url.origin !== location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  }

  document.addEventListener('click', onClick, { signal });
  window.addEventListener('popstate', () => show(routeOf(new URL(location.href)) ?? { kind: 'list' }), {
    signal,
  });
  const initial = routeOf(new URL(location.href));
  if (!initial) history.replaceState(null, '', listUrl);
  show(initial ?? { kind: 'list' });
}
