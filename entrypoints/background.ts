import { defineBackground } from '#imports';

import {
  forgetCustomerEverywhere,
  recordOfferAnswer,
  recordReading,
  startHistoryService,
} from '../lib/history/history-service';
import { recordOfferActivity, recordPanelActivity, recordTicketViewed } from '../lib/hub/activity-recording';
import { recordExtractionHealth } from '../lib/hub/extraction-health';
import { startHelpdeskRulesService } from '../lib/hub/helpdesk-rules-service';
import { readHelpdeskTimes } from '../lib/hub/helpdesk-times-service';
import { startMessageRouter } from '../lib/hub/message-router';
import { relayInsertReply } from '../lib/hub/insert-relay';
import { openPanelFromToolbar } from '../lib/hub/open-panel';
import { reportPage } from '../lib/hub/page-report-service';
import { createContentHandlers, startTicketHub } from '../lib/hub/ticket-hub';
import { checkPacksNow, importPack, startPackService } from '../lib/packs/pack-service';
import { startDeadlineService } from '../lib/standards/deadline-service';

export default defineBackground(() => {
  startMessageRouter({
    content: createContentHandlers(async (reading, seenAt, tab) => {
      await Promise.all([
        recordReading(reading, seenAt),
        readHelpdeskTimes(reading, seenAt),
        recordExtractionHealth(reading, seenAt),
        recordTicketViewed(reading, seenAt, tab),
      ]);
    }),
    page: {
      checkPacksNow: () => checkPacksNow(),
      importPack: (file) => importPack(file),
      insertReply: (request) => relayInsertReply(request),
      forgetCustomer: ({ customerId }) => forgetCustomerEverywhere(customerId),
      recordOfferEvent: async ({ packId, ticket, ...answer }) => {
        const counted = await recordOfferAnswer(answer);
        await recordOfferActivity({ ...answer, packId, ticket }, counted);
        return counted;
      },
      recordActivity: (event) => recordPanelActivity(event),
      reportPage: (request) => reportPage(request),
    },
  });
  startTicketHub();
  startPackService();
  startHelpdeskRulesService();
  startHistoryService();
  startDeadlineService();
  openPanelFromToolbar();
});
