import type { HelpdeskClock } from '../lib/settings/helpdesk-clock';
import type { DateOrder } from '../lib/time/local-date-text';

const dateOrderLabels: Record<DateOrder, string> = {
  mdy: 'Month/day/year (10/3/2024 is 3 October)',
  dmy: 'Day/month/year (10/3/2024 is 10 March)',
  ymd: 'Year-month-day (2024-10-03)',
};

export interface HelpdeskClockSettingsProps {
  clock: HelpdeskClock;
  /** The browser's own zone and order, shown as what "browser default" means. */
  browserDefault: { timeZone: string; dateOrder: DateOrder };
  timeZones: readonly string[];
  onChange: (clock: HelpdeskClock) => void;
}

/**
 * Where the agent says how their helpdesk prints times without an offset, so Touchpoint reads
 * "10/3/2024, 9:14 AM" as the instant the helpdesk meant and not a guess.
 */
export function HelpdeskClockSettings({
  clock,
  browserDefault,
  timeZones,
  onChange,
}: HelpdeskClockSettingsProps) {
  return (
    <fieldset class="settings-group">
      <legend>Helpdesk time</legend>
      <p class="settings-help">
        Salesforce and Freshdesk show dates in your profile's time zone and locale, without saying which.
        Match them here so ticket times are read correctly; a time Touchpoint cannot read unambiguously is
        left out, never guessed.
      </p>
      <label for="helpdesk-time-zone">Time zone of your helpdesk profile</label>
      <select
        id="helpdesk-time-zone"
        value={clock.timeZone ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ ...clock, timeZone: value || undefined });
        }}
      >
        <option value="">Browser default ({browserDefault.timeZone})</option>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <label for="helpdesk-date-order">How your helpdesk writes dates</label>
      <select
        id="helpdesk-date-order"
        value={clock.dateOrder ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value as DateOrder | '';
          onChange({ ...clock, dateOrder: value || undefined });
        }}
      >
        <option value="">Browser default ({dateOrderLabels[browserDefault.dateOrder]})</option>
        {(Object.keys(dateOrderLabels) as DateOrder[]).map((order) => (
          <option key={order} value={order}>
            {dateOrderLabels[order]}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
