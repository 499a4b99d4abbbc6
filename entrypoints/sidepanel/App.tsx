import { SidePanel } from '../../components/SidePanel';
import { helpdeskName } from '../../lib/helpdesks/names';
import { usePanelView } from './use-panel-view';
import { useWindowId } from './use-window-id';

export function App() {
  const view = usePanelView(useWindowId());
  if (!view) return <p class="panel-loading">Loading…</p>;
  return <SidePanel view={view} helpdeskName={helpdeskName} />;
}
