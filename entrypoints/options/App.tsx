import { useEffect, useState } from 'preact/hooks';

import { HelpdeskClockSettings } from '../../components/HelpdeskClockSettings';
import { extractContextFor } from '../../lib/helpdesks/extract-context';
import { helpdeskClockItem, type HelpdeskClock } from '../../lib/settings/helpdesk-clock';

const timeZones = Intl.supportedValuesOf('timeZone');

export function App() {
  const [clock, setClock] = useState<HelpdeskClock>();
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void helpdeskClockItem.get().then(setClock);
  }, []);

  if (!clock) return <p>Loading settings…</p>;
  return (
    <main class="options">
      <h1>Touchpoint settings</h1>
      <HelpdeskClockSettings
        clock={clock}
        browserDefault={extractContextFor({})}
        timeZones={timeZones}
        onChange={(next) => {
          setClock(next);
          void helpdeskClockItem
            .update(() => next)
            .then(
              () => setSaved('Saved. Open helpdesk tabs re-read their tickets with this setting.'),
              (error: unknown) => setSaved(`Not saved: ${String(error)}`),
            );
        }}
      />
      <p class="settings-status" role="status">
        {saved}
      </p>
    </main>
  );
}
