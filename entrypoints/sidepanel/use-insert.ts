import { useState } from 'preact/hooks';

import { askBackground } from '../../lib/ask-background';
import type { PanelView } from '../../lib/hub/panel-view';

/**
 * Insert into the helpdesk's reply composer; when that cannot be done (no composer open, the
 * ticket changed), copy to the clipboard instead and say so. Never silently drops the text.
 */
export function useInsert(view: PanelView | undefined) {
  const [status, setStatus] = useState('');

  async function insert(text: string): Promise<void> {
    if (view?.kind !== 'ticket') return;
    let reason: string;
    try {
      const result = await askBackground('insertReply', {
        tabId: view.tabId,
        ticketId: view.snapshot.ticketId,
        text,
      });
      if (result.inserted) {
        setStatus('Inserted into the reply.');
        return;
      }
      reason = result.reason;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Not inserted (${reason}): copied to the clipboard instead; paste it into the reply.`);
    } catch {
      setStatus(`Not inserted (${reason}), and the clipboard is not available: copy the text from the card.`);
    }
  }

  return { insertStatus: status, insert: (text: string) => void insert(text) };
}
