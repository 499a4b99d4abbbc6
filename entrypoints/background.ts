import { defineBackground } from '#imports';

import {
  forgetCustomerEverywhere,
  recordOfferAnswer,
  recordReading,
  startHistoryService,
} from '../lib/history/history-service';
import { recordExtractionHealth } from '../lib/hub/extraction-health';
import { readHelpdeskTimes } from '../lib/hub/helpdesk-times-service';
import { startMessageRouter } from '../lib/hub/message-router';
import { relayInsertReply } from '../lib/hub/insert-relay';
import { openPanelFromToolbar } from '../lib/hub/open-panel';
import { createContentHandlers, startTicketHub } from '../lib/hub/ticket-hub';
import { checkPacksNow, importPack, startPackService } from '../lib/packs/pack-service';
import { startDeadlineService } from '../lib/standards/deadline-service';

export default defineBackground(() => {
  startMessageRouter({
    content: createContentHandlers(async (reading, seenAt) => {
      await Promise.all([
        recordReading(reading, seenAt),
        readHelpdeskTimes(reading, seenAt),
        recordExtractionHealth(reading, seenAt),
      ]);
    }),
    page: {
      checkPacksNow: () => checkPacksNow(),
      importPack: (file) => importPack(file),
      insertReply: (request) => relayInsertReply(request),
      forgetCustomer: ({ customerId }) => forgetCustomerEverywhere(customerId),
      recordOfferEvent: (answer) => recordOfferAnswer(answer),
    },
  });
  startTicketHub();
  startPackService();
  startHistoryService();
  startDeadlineService();
  openPanelFromToolbar();
});
