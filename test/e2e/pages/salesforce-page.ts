import type { Page } from 'playwright-core';

import { demoLandingUrls } from '../../../scripts/demo/server';

/** The demo Salesforce Service Console: the Cases list, workspace tabs and their subtabs. */
export class SalesforcePage {
  constructor(readonly page: Page) {}

  private list() {
    return this.page.getByRole('grid', { name: 'Recently Viewed' });
  }

  private workspaceTab(name: string) {
    return this.page.getByRole('tablist', { name: 'Workspaces' }).getByRole('tab', { name, exact: true });
  }

  async open(): Promise<this> {
    await this.page.goto(demoLandingUrls.salesforce);
    await this.list().waitFor();
    return this;
  }

  async goToList(): Promise<void> {
    await this.workspaceTab('Cases').click();
    await this.list().waitFor();
  }

  async openFromList(caseNumber: string): Promise<void> {
    await this.list().getByRole('link', { name: caseNumber, exact: true }).click();
  }

  async switchToWorkspace(caseNumber: string): Promise<void> {
    await this.workspaceTab(caseNumber).click();
  }

  /** Focuses the visible workspace's Contact subtab (named for the contact). */
  async openContactSubtab(contactName: string): Promise<void> {
    await this.page.getByRole('tab', { name: contactName, exact: true }).click();
  }
}
