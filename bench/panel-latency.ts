import { startHarness } from '../test/e2e/harness';
import { ZendeskPage } from '../test/e2e/pages/zendesk-page';
import { summarise } from './stats';

const ticketIds = [4512, 4519, 4498, 4527, 4530];
const switches = 60;

declare global {
  interface Window {
    /** Panel side: when each ticket reference first appeared, in ms since the epoch (high resolution). */
    referenceShownAt?: Map<string, number>;
  }
}

/**
 * End-to-end latency from a ticket switch in the helpdesk page to the panel showing that ticket,
 * in Chromium with the built extension: the page's click and the panel's DOM change are both
 * stamped with `performance.timeOrigin + performance.now()`.
 */
export async function benchPanelLatency(): Promise<{
  samples: number[];
  summary: ReturnType<typeof summarise>;
}> {
  const harness = await startHarness();
  try {
    const zendesk = await new ZendeskPage(harness.helpdeskTab).open();
    for (const id of ticketIds) {
      await zendesk.goToView();
      await zendesk.openFromView(id);
      await harness.panel.waitForTicket(`Zendesk #${id}`);
    }
    await harness.panel.page.evaluate(() => {
      const shownAt = new Map<string, number>();
      window.referenceShownAt = shownAt;
      new MutationObserver(() => {
        const reference = document.querySelector('.ticket-reference')?.textContent;
        if (reference && !shownAt.has(reference))
          shownAt.set(reference, performance.timeOrigin + performance.now());
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    const samples: number[] = [];
    for (let index = 0; index < switches; index++) {
      const id = ticketIds[index % ticketIds.length]!;
      const reference = `Zendesk #${id}`;
      await harness.panel.page.evaluate(() => window.referenceShownAt?.clear());
      const clickedAt = await zendesk.page.evaluate((ticketId) => {
        const tab = document.querySelector<HTMLElement>(
          `a[data-test-id="header-tab"][href="/agent/tickets/${ticketId}"]`,
        );
        const at = performance.timeOrigin + performance.now();
        tab?.click();
        return at;
      }, id);
      await harness.panel.waitForTicket(reference);
      const shownAt = await harness.panel.page.evaluate(
        (ref) => window.referenceShownAt?.get(ref),
        reference,
      );
      if (shownAt === undefined) throw new Error(`The panel never recorded ${reference}`);
      samples.push(shownAt - clickedAt);
    }
    return { samples, summary: summarise(samples) };
  } finally {
    await harness.close();
  }
}
