import { browser } from '../browser';

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/**
 * The toolbar button opens the panel: Chrome's side panel does this itself once told to;
 * Firefox's sidebar is toggled from the button's click (a user gesture, which it requires).
 */
export function openPanelFromToolbar(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.warn('Touchpoint: could not make the toolbar button open the side panel:', error);
    });
    return;
  }
  const button = browser.action ?? browser.browserAction;
  button.onClicked.addListener(() => void browser.sidebarAction.toggle());
}
