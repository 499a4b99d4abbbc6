import { browser } from '../browser';
import { currentPackSettings, localPackSettingsItem, type EffectivePackSettings } from './pack-settings';
import { importPackFile, syncAllPacks, type SyncOutcome } from './sync';

const SYNC_ALARM = 'touchpoint-pack-sync';

async function schedule(settings: EffectivePackSettings): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === settings.pollMinutes) return;
  await browser.alarms.create(SYNC_ALARM, {
    periodInMinutes: settings.pollMinutes,
    delayInMinutes: settings.pollMinutes,
  });
}

/** Fetches every configured pack now; the agent's "Check now" and the alarm both come here. */
export async function checkPacksNow(): Promise<SyncOutcome[]> {
  const settings = await currentPackSettings();
  await schedule(settings);
  return syncAllPacks(settings);
}

export async function importPack(file: {
  name: string;
  text: string;
  signature?: string;
}): Promise<SyncOutcome> {
  const bytes = new TextEncoder().encode(file.text);
  return importPackFile({ name: file.name, bytes, signature: file.signature }, await currentPackSettings());
}

/**
 * Keeps packs current in the background: on start-up, on the poll alarm (alarms survive the
 * service worker being stopped), and whenever the settings or the administrator's policy change.
 */
export function startPackService(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void checkPacksNow();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === localPackSettingsItem.area && localPackSettingsItem.key in changes)) {
      void checkPacksNow();
    }
  });
  browser.runtime.onStartup.addListener(() => void checkPacksNow());
  browser.runtime.onInstalled.addListener(() => void checkPacksNow());
}
