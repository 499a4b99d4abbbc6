import type { Page } from 'playwright-core';

import { demoLandingUrls } from '../../../scripts/demo/server';

/** The demo Zendesk Agent Workspace, driven as an agent would: the view, the tab strip, the back button. */
export class ZendeskPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto(demoLandingUrls.zendesk);
    await this.page.locator('[data-test-id="views-table"]').waitFor();
    return this;
  }

  /** Back to the landing view through the navigation, as an agent does between tickets. */
  async goToView(): Promise<void> {
    await this.page.locator('a.brandmark').click();
    await this.page.locator('[data-test-id="views-table"]').waitFor();
  }

  async openFromView(ticketId: number): Promise<void> {
    await this.page.locator(`a[data-test-id="ticket-title-link"][href="/agent/tickets/${ticketId}"]`).click();
  }

  tab(ticketId: number) {
    return this.page.locator(`a[data-test-id="header-tab"][href="/agent/tickets/${ticketId}"]`);
  }

  async switchToTab(ticketId: number): Promise<void> {
    await this.tab(ticketId).click();
  }

  async closeTab(ticketId: number): Promise<void> {
    await this.page.locator(`[data-ticket-id="${ticketId}"] [data-test-id="close-button"]`).click();
  }
}
