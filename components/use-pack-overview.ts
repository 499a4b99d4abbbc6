import { useEffect, useState } from 'preact/hooks';

import { useStoredItem } from './use-stored-item';
import { installedPacksItem } from '../lib/packs/installed-packs';
import { packOverview, type PackOverview } from '../lib/packs/pack-overview';
import {
  currentPackSettings,
  localPackSettingsItem,
  type EffectivePackSettings,
} from '../lib/packs/pack-settings';
import { packNoticeItem, packStatusItem } from '../lib/packs/pack-status';

/** Pack settings (policy or local) and the overview of installed packs, kept live. */
export function usePackOverview(): { settings?: EffectivePackSettings; overview?: PackOverview } {
  const local = useStoredItem(localPackSettingsItem);
  const installed = useStoredItem(installedPacksItem);
  const status = useStoredItem(packStatusItem);
  const notice = useStoredItem(packNoticeItem);
  const [settings, setSettings] = useState<EffectivePackSettings>();

  useEffect(() => {
    if (local) void currentPackSettings().then(setSettings);
  }, [local]);

  const overview =
    settings && installed && status && notice !== undefined
      ? packOverview(settings, installed, status, notice)
      : undefined;
  return { settings, overview };
}
