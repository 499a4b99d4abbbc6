import { defineBackground } from '#imports';

import { startMessageRouter } from '../lib/hub/message-router';
import { relayInsertReply } from '../lib/hub/insert-relay';
import { openPanelFromToolbar } from '../lib/hub/open-panel';
import { contentHandlers, startTicketHub } from '../lib/hub/ticket-hub';
import { checkPacksNow, importPack, startPackService } from '../lib/packs/pack-service';

export default defineBackground(() => {
  startMessageRouter({
    content: contentHandlers,
    page: {
      checkPacksNow: () => checkPacksNow(),
      importPack: (file) => importPack(file),
      insertReply: (request) => relayInsertReply(request),
    },
  });
  startTicketHub();
  startPackService();
  openPanelFromToolbar();
});
