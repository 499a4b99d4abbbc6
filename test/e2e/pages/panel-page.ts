import type { Page } from 'playwright-core';

/** The side panel's page, opened in its pop-out window that follows a helpdesk window. */
export class PanelPage {
  constructor(readonly page: Page) {}

  /** The panel's main heading: the ticket's subject, or the state it explains. */
  heading(): Promise<string> {
    return this.page.locator('h1').first().innerText();
  }

  reference(): Promise<string> {
    return this.page.locator('.ticket-reference').innerText();
  }

  /** Waits until the panel shows the ticket with this reference ("Zendesk #4512"). */
  async waitForTicket(reference: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.querySelector('.ticket-reference')?.textContent === expected,
      reference,
      { timeout },
    );
  }

  /** Waits until the panel's main heading reads `text` (a state without a ticket). */
  async waitForHeading(text: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.querySelector('h1')?.textContent === expected,
      text,
      { timeout },
    );
  }

  factLabels(): Promise<string[]> {
    return this.page.locator('.ticket-facts li').allTextContents();
  }

  requester(): Promise<string> {
    return this.page.locator('.ticket-requester').innerText();
  }
}
