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

  /** Titles of the knowledge cards, best first. */
  snippetTitles(): Promise<string[]> {
    return this.page.locator('.knowledge-cards .snippet-title').allTextContents();
  }

  async waitForSnippet(title: string, timeout = 10_000): Promise<void> {
    await this.page
      .locator('.knowledge-cards .snippet-title', { hasText: title })
      .first()
      .waitFor({ timeout });
  }

  /** Inserts a card, filling any placeholder the ticket cannot fill with `fill`. */
  async insertSnippet(title: string, fill: string): Promise<void> {
    const card = this.page
      .locator('.snippet-card', { has: this.page.locator('.snippet-title', { hasText: title }) })
      .first();
    await card.locator('.snippet-insert').click();
    const form = card.locator('form.snippet-placeholders');
    if (await form.count()) {
      for (const input of await form.locator('input').all()) await input.fill(fill);
      await form.getByRole('button', { name: 'Insert' }).click();
    }
  }

  insertStatus(): Promise<string> {
    return this.page.locator('.insert-status').innerText();
  }

  footer(): Promise<string> {
    return this.page.locator('.panel-footer').innerText();
  }

  async waitForFooter(text: string, timeout = 10_000): Promise<void> {
    await this.page.locator('.panel-footer', { hasText: text }).waitFor({ timeout });
  }
}
