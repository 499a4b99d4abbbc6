import { useEffect, useState } from 'preact/hooks';
import type { Storage } from 'webextension-polyfill';

import { browser } from '../lib/browser';
import type { StoredItem } from '../lib/storage/stored-item';

/** A stored item's value, read once and then followed through storage.onChanged (undefined until read). */
export function useStoredItem<T>(item: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<{ current: T }>();
  useEffect(() => {
    let changed = false;
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      const change = changes[item.key];
      if (area !== item.area || !change) return;
      changed = true;
      setValue({ current: item.parse(change.newValue) });
    };
    browser.storage.onChanged.addListener(onChanged);
    void item.get().then((current) => {
      if (!changed) setValue({ current });
    });
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [item]);
  return value?.current;
}
