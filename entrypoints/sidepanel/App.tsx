import { useEffect, useState } from 'preact/hooks';

import { SidePanel } from '../../components/SidePanel';
import { useStoredItem } from '../../components/use-stored-item';
import { askBackground } from '../../lib/ask-background';
import { browser } from '../../lib/browser';
import { helpdeskName, helpdeskNames } from '../../lib/helpdesks/names';
import type { PanelActivity } from '../../lib/messages';
import { historyDb } from '../../lib/history/history-service';
import { exportCustomer } from '../../lib/history/privacy';
import { activePackContent } from '../../lib/packs/active-content';
import { installedPacksItem } from '../../lib/packs/installed-packs';
import { agentProfileItem } from '../../lib/settings/agent-profile';
import { helpdeskRulesItem } from '../../lib/settings/helpdesk-rules';
import { usePackOverview } from '../../components/use-pack-overview';
import { pageReportActions } from './page-report-actions';
import { useCustomerHistory } from './use-customer-history';
import { useDeadlineQueue } from './use-deadline-queue';
import { useInsert } from './use-insert';
import { useOfferEvents } from './use-offer-events';
import { usePanelView } from './use-panel-view';
import { useWindowId } from './use-window-id';

const locale = navigator.language;
const noPacks = activePackContent({});

/** A clock for what changes by the minute (relative times); countdowns keep their own per-second clock. */
function useMinuteClock(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Hands what the agent did to the background's activity log; losing one is no reason to interrupt them. */
function recordActivity(activity: PanelActivity): void {
  askBackground('recordActivity', activity).catch((error: unknown) =>
    console.warn('Touchpoint: could not record the activity:', error),
  );
}

/** Brings a ticket's tab, and its window, to the front. */
async function openTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

export function App() {
  const helpdeskRules = useStoredItem(helpdeskRulesItem);
  const view = usePanelView(useWindowId(), helpdeskRules);
  const installed = useStoredItem(installedPacksItem);
  const { overview } = usePackOverview();
  const history = useCustomerHistory(view?.kind === 'ticket' ? view.snapshot : undefined);
  const { insert, insertStatus } = useInsert(view);
  const now = useMinuteClock();
  const agent = useStoredItem(agentProfileItem);
  const content = installed ? activePackContent(installed, agent?.team) : noPacks;
  const deadlines = useDeadlineQueue(content, now);
  const offerEvents = useOfferEvents();

  if (!view) return <p class="panel-loading">Loading…</p>;
  return (
    <SidePanel
      view={view}
      helpdeskName={(helpdeskId) => helpdeskName(helpdeskId, helpdeskRules)}
      helpdeskNames={helpdeskNames(helpdeskRules)}
      content={content}
      deadlines={deadlines}
      onOpenTab={(tabId) => void openTab(tabId)}
      history={history}
      packOverview={overview}
      now={now}
      locale={locale}
      agentName={agent?.name}
      offerEvents={offerEvents}
      onInsert={insert}
      onOfferEvent={(event) =>
        void askBackground('recordOfferEvent', event).catch((error: unknown) =>
          console.warn('Touchpoint: could not record the offer answer:', error),
        )
      }
      onActivity={recordActivity}
      onExportCustomer={async (customerId) =>
        JSON.stringify(await exportCustomer(await historyDb(), customerId), null, 2)
      }
      onForgetCustomer={(customerId) => askBackground('forgetCustomer', { customerId })}
      insertStatus={insertStatus}
      pageReport={pageReportActions}
    />
  );
}
