import { defineBackground } from '#imports';

import { openPanelFromToolbar } from '../lib/hub/open-panel';
import { startTicketHub } from '../lib/hub/ticket-hub';

export default defineBackground(() => {
  startTicketHub();
  openPanelFromToolbar();
});
