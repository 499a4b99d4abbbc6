import { useEffect, useState } from 'preact/hooks';

import { SidePanel } from '../../components/SidePanel';
import { useStoredItem } from '../../components/use-stored-item';
import { askBackground } from '../../lib/ask-background';
import { helpdeskName } from '../../lib/helpdesks/names';
import { historyDb } from '../../lib/history/history-service';
import { exportCustomer } from '../../lib/history/privacy';
import { activePackContent } from '../../lib/packs/active-content';
import { installedPacksItem } from '../../lib/packs/installed-packs';
import { usePackOverview } from '../../components/use-pack-overview';
import { useCustomerHistory } from './use-customer-history';
import { useInsert } from './use-insert';
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

export function App() {
  const view = usePanelView(useWindowId());
  const installed = useStoredItem(installedPacksItem);
  const { overview } = usePackOverview();
  const history = useCustomerHistory(view?.kind === 'ticket' ? view.snapshot : undefined);
  const { insert, insertStatus } = useInsert(view);
  const now = useMinuteClock();

  if (!view) return <p class="panel-loading">Loading…</p>;
  return (
    <SidePanel
      view={view}
      helpdeskName={helpdeskName}
      content={installed ? activePackContent(installed) : noPacks}
      history={history}
      packOverview={overview}
      now={now}
      locale={locale}
      onInsert={insert}
      onExportCustomer={async (customerId) =>
        JSON.stringify(await exportCustomer(await historyDb(), customerId), null, 2)
      }
      onForgetCustomer={(customerId) => askBackground('forgetCustomer', { customerId })}
      insertStatus={insertStatus}
    />
  );
}
