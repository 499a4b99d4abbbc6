import { zendeskTickets, type DemoZendeskTicket } from '../data';
import { header, headerTab, mainNavigation } from './chrome';
import { demoClock } from './clock';
import { element } from './dom';
import { skeletonLayout, ticketLayout } from './ticket-workspace';
import { demoViews, landingPath, viewPage, type DemoView } from './view-page';

/** How long a ticket opened for the first time shows its skeleton, as the real product does while it fetches. */
export const TICKET_LOADING_MS = 300;

interface OpenTab {
  ticket: DemoZendeskTicket;
  workspace: HTMLElement;
  loading?: ReturnType<typeof setTimeout>;
}

type Route = { kind: 'ticket'; ticket: DemoZendeskTicket } | { kind: 'view'; view: DemoView };

function routeOf(pathname: string): Route {
  const ticketId = /^\/agent\/tickets\/(\d+)/.exec(pathname)?.[1];
  const ticket = zendeskTickets.find((candidate) => String(candidate.id) === ticketId);
  if (ticket) return { kind: 'ticket', ticket };
  const viewId = /^\/agent\/filters\/(\d+)/.exec(pathname)?.[1];
  const view = demoViews.find((candidate) => candidate.id === viewId) ?? demoViews[0];
  if (!view) throw new Error('The demo defines no views');
  return { kind: 'view', view };
}

function hide(workspace: HTMLElement, hidden: boolean): void {
  workspace.style.display = hidden ? 'none' : '';
}

/**
 * The demo Zendesk Agent Workspace: a single-page app with a view of tickets, a tab per opened
 * ticket and one workspace per tab, inactive ones kept in the DOM and hidden as the real product
 * does. Navigation uses the History API; `stop` removes its listeners.
 */
export function mountZendeskDemo(body: HTMLElement, loadedAt = Date.now()): { stop(): void } {
  const clock = demoClock(loadedAt);
  const listeners = new AbortController();
  const tabs: OpenTab[] = [];
  const tabList = element('div', {
    'data-test-id': 'header-tablist',
    role: 'tablist',
    'aria-label': 'Tabs',
    class: 'header-tablist',
  });
  const panes = element('main', { id: 'main_panes', class: 'main_panes' });
  let viewWorkspace: HTMLElement = element('div', { class: 'workspace filters' });
  panes.append(viewWorkspace);
  body.append(
    element(
      'div',
      { id: 'wrapper', 'data-garden-id': 'chrome.chrome', class: 'wrapper' },
      mainNavigation(),
      element('div', { class: 'app-body' }, header(tabList), panes),
    ),
  );

  function showSelection(selectedId: number | undefined): void {
    for (const tab of tabs) {
      const selected = tab.ticket.id === selectedId;
      hide(tab.workspace, !selected);
      tab.workspace
        .querySelector('.ticket-panes-grid-layout')
        ?.setAttribute('data-is-active', String(selected));
    }
    hide(viewWorkspace, selectedId !== undefined);
    tabList.setAttribute('data-visible-tabs', String(tabs.length));
    tabList.replaceChildren(...tabs.map((tab) => headerTab(tab.ticket, tab.ticket.id === selectedId)));
  }

  function currentTicketId(): number | undefined {
    const route = routeOf(location.pathname);
    return route.kind === 'ticket' ? route.ticket.id : undefined;
  }

  function openTab(ticket: DemoZendeskTicket): void {
    if (tabs.some((tab) => tab.ticket.id === ticket.id)) return;
    const workspace = element(
      'div',
      { class: 'workspace', 'data-test-id': `ticket-${ticket.id}-workspace` },
      skeletonLayout(ticket.id),
    );
    const tab: OpenTab = { ticket, workspace };
    tab.loading = setTimeout(() => {
      tab.loading = undefined;
      const sameCustomer = zendeskTickets.filter((other) => other.customer.name === ticket.customer.name);
      workspace.replaceChildren(ticketLayout(ticket, sameCustomer, clock));
      showSelection(currentTicketId());
      // Zendesk opens a conversation at its newest message.
      const log = workspace.querySelector('[data-test-id="omni-log-container"]');
      if (log) log.scrollTop = log.scrollHeight;
    }, TICKET_LOADING_MS);
    tabs.push(tab);
    panes.append(workspace);
  }

  function render(): void {
    if (location.pathname === '/') history.replaceState(null, '', landingPath);
    const route = routeOf(location.pathname);
    if (route.kind === 'ticket') {
      openTab(route.ticket);
      document.title = `${route.ticket.subject} – Ticket #${route.ticket.id} – Northwind Support`;
      showSelection(route.ticket.id);
      return;
    }
    const freshView = viewPage(route.view, zendeskTickets, clock);
    viewWorkspace.replaceWith(freshView);
    viewWorkspace = freshView;
    document.title = `${route.view.title} – Views – Northwind Support`;
    showSelection(undefined);
  }

  function navigate(path: string): void {
    if (path !== `${location.pathname}${location.search}`) history.pushState(null, '', path);
    render();
  }

  /** Closing the active tab moves to its neighbour, or back to the view when it was the last one. */
  function closeTab(ticketId: number): void {
    const index = tabs.findIndex((tab) => tab.ticket.id === ticketId);
    const [closed] = index === -1 ? [] : tabs.splice(index, 1);
    if (!closed) return;
    clearTimeout(closed.loading);
    closed.workspace.remove();
    if (currentTicketId() !== ticketId) return showSelection(currentTicketId());
    const neighbour = tabs[Math.min(index, tabs.length - 1)];
    navigate(neighbour ? `/agent/tickets/${neighbour.ticket.id}` : landingPath);
  }

  body.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element)) return;
      const closeButton = event.target.closest('[data-test-id="close-button"]');
      if (closeButton) {
        event.preventDefault();
        closeTab(Number(closeButton.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')));
        return;
      }
      const link = event.target.closest('a[href]');
      const href = link?.getAttribute('href');
      const plainClick =
        event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
      if (!href?.startsWith('/') || !plainClick) return;
      event.preventDefault();
      navigate(href);
    },
    { signal: listeners.signal },
  );
  window.addEventListener('popstate', render, { signal: listeners.signal });
  render();

  return {
    stop() {
      listeners.abort();
      for (const tab of tabs) clearTimeout(tab.loading);
    },
  };
}
