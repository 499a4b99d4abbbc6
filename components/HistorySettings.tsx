import type { HistorySettings as Settings } from '../lib/settings/history-settings';

export interface HistorySettingsProps {
  settings: Settings;
  /** ISO country codes phone numbers can belong to. */
  countries: readonly string[];
  onChange: (settings: Settings) => void;
}

const regionNames = new Intl.DisplayNames(undefined, { type: 'region' });

/** How long the customer history is kept, and the country of phone numbers written without one. */
export function HistorySettings({ settings, countries, onChange }: HistorySettingsProps) {
  return (
    <fieldset class="settings-group">
      <legend>Customer history</legend>
      <label for="retention-days">Keep contacts for (days)</label>
      <input
        id="retention-days"
        type="number"
        min={1}
        max={3650}
        value={settings.retentionDays}
        onChange={(event) => {
          const days = Number(event.currentTarget.value);
          if (Number.isInteger(days) && days >= 1 && days <= 3650)
            onChange({ ...settings, retentionDays: days });
        }}
      />
      <p class="settings-help">Older contacts are deleted from this browser once a day.</p>
      <label for="default-country">Country of phone numbers written without a country code</label>
      <select
        id="default-country"
        value={settings.defaultCountry ?? ''}
        onChange={(event) => {
          const code = event.currentTarget.value;
          onChange({ ...settings, defaultCountry: code ? (code as Settings['defaultCountry']) : undefined });
        }}
      >
        <option value="">None: do not link such numbers</option>
        {countries.map((code) => (
          <option key={code} value={code}>
            {regionNames.of(code) ?? code} ({code})
          </option>
        ))}
      </select>
      <p class="settings-help">
        Without a country, a number like 415 555 0143 could be anyone's, so it is not used to link contacts.
      </p>
    </fieldset>
  );
}
