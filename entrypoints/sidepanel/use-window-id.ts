import { useEffect, useState } from 'preact/hooks';

import { browser } from '../../lib/browser';

/**
 * The window whose active tab the panel follows: its own, or the one named by `?window=` when
 * the panel is popped out into a window of its own (for a second screen).
 */
export function useWindowId(): number | undefined {
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    const pinned = Number(new URLSearchParams(location.search).get('window'));
    if (Number.isInteger(pinned) && pinned > 0) {
      setWindowId(pinned);
      return;
    }
    void browser.windows.getCurrent().then((current) => setWindowId(current.id));
  }, []);
  return windowId;
}
