import { defineBackground } from '#imports';

import { recordReading, startHistoryService } from '../lib/history/history-service';
import { startMessageRouter } from '../lib/hub/message-router';
import { relayInsertReply } from '../lib/hub/insert-relay';
import { openPanelFromToolbar } from '../lib/hub/open-panel';
import { createContentHandlers, startTicketHub } from '../lib/hub/ticket-hub';
import { checkPacksNow, importPack, startPackService } from '../lib/packs/pack-service';

export default defineBackground(() => {
  startMessageRouter({
    content: createContentHandlers(recordReading),
    page: {
      checkPacksNow: () => checkPacksNow(),
      importPack: (file) => importPack(file),
      insertReply: (request) => relayInsertReply(request),
    },
  });
  startTicketHub();
  startPackService();
  startHistoryService();
  openPanelFromToolbar();
});
