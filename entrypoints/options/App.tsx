import { useEffect, useMemo, useState } from 'preact/hooks';

import { getCountries } from 'libphonenumber-js/min';

import { AgentProfileSettings } from '../../components/AgentProfileSettings';
import { MyDay, type ExportChoice } from '../../components/MyDay';
import { ExtractionHealth } from '../../components/ExtractionHealth';
import { HelpdeskClockSettings } from '../../components/HelpdeskClockSettings';
import { HelpdeskRulesSettings } from '../../components/HelpdeskRules';
import { HistoryImport } from '../../components/HistoryImport';
import { HistorySettings } from '../../components/HistorySettings';
import { PackImport } from '../../components/PackImport';
import { PackSources } from '../../components/PackSources';
import { PackStatusList } from '../../components/PackStatusList';
import { activityView, viewSpans, type ViewSpan } from '../../lib/activity/activity-view';
import { reportCsv } from '../../lib/activity/report-csv';
import { buildReport, reportJson } from '../../lib/activity/report-export';
import { staleContent } from '../../lib/activity/stale-content';
import { askBackground } from '../../lib/ask-background';
import { browser } from '../../lib/browser';
import { extractContextFor } from '../../lib/helpdesks/extract-context';
import { helpdeskName } from '../../lib/helpdesks/names';
import { openHistory } from '../../lib/history/db';
import { historyRecordedAtItem } from '../../lib/history/history-service';
import { importHistory } from '../../lib/history/import';
import { importFormatOf } from '../../lib/history/import-format';
import { extractionHealthItem, healthSummary } from '../../lib/hub/extraction-health';
import type { ImportReport } from '../../lib/history/import-report';
import { outcomeText } from '../../lib/packs/outcome-text';
import { activePackContent } from '../../lib/packs/active-content';
import { installedPacksItem } from '../../lib/packs/installed-packs';
import { localPackSettingsItem } from '../../lib/packs/pack-settings';
import { agentProfileItem } from '../../lib/settings/agent-profile';
import { helpdeskClockItem, type HelpdeskClock } from '../../lib/settings/helpdesk-clock';
import { helpdeskRulesItem } from '../../lib/settings/helpdesk-rules';
import { historySettingsItem } from '../../lib/settings/history-settings';
import { usePackOverview } from '../../components/use-pack-overview';
import { useStoredItem } from '../../components/use-stored-item';
import { useActivity } from './use-activity';
import { useDeclaredAccess } from './use-declared-access';

const timeZones = Intl.supportedValuesOf('timeZone');
const agentTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Saves text as a file through the browser's own download, named for the agent and the day. */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const countries = getCountries();

/**
 * A CRM export is imported here, in the page that holds the file: a File cannot travel to the
 * background, and the import writes in one transaction that either lands whole or not at all.
 */
async function importCrmExport(file: File, onProgress: (rows: number) => void): Promise<ImportReport> {
  const db = await openHistory();
  try {
    const { defaultCountry } = await historySettingsItem.get();
    const report = await importHistory(db, file, {
      format: importFormatOf(file.name),
      defaultCountry,
      onProgress,
    });
    if (report.outcome === 'imported') await historyRecordedAtItem.update(() => Date.now());
    return report;
  } finally {
    db.close();
  }
}

export function App() {
  const [clock, setClock] = useState<HelpdeskClock>();
  const [saved, setSaved] = useState('');
  const [checking, setChecking] = useState(false);
  const [checkResult, setCheckResult] = useState('');
  const { settings, overview } = usePackOverview();
  const historySettings = useStoredItem(historySettingsItem);
  const agentProfile = useStoredItem(agentProfileItem);
  const extractionHealth = useStoredItem(extractionHealthItem);
  const helpdeskRules = useStoredItem(helpdeskRulesItem);
  const declaredAccess = useDeclaredAccess(helpdeskRules);
  const [accessStatus, setAccessStatus] = useState('');
  const installed = useStoredItem(installedPacksItem);
  const activity = useActivity();
  const [span, setSpan] = useState<ViewSpan>('today');
  const view = useMemo(
    () =>
      activity &&
      activityView({
        events: activity.events,
        outcomes: activity.outcomes,
        now: activity.readAt,
        days: viewSpans[span],
        timeZone: agentTimeZone,
      }),
    [activity, span],
  );

  const exportReport = ({ format, includesCustomerData }: ExportChoice) => {
    if (!activity || !view) return;
    const knowledge = activePackContent(installed ?? {}, agentProfile?.team).knowledge;
    const report = buildReport({
      events: activity.events,
      outcomes: activity.outcomes,
      from: view.range.from,
      to: view.range.to,
      timeZone: agentTimeZone,
      exportedAt: Date.now(),
      agent: { name: agentProfile?.name, team: agentProfile?.team },
      includesCustomerData,
      staleContent: staleContent({ packs: knowledge, events: activity.events, now: activity.readAt }),
    });
    const name = `touchpoint-report-${(agentProfile?.name ?? 'agent').replace(/\W+/g, '-').toLowerCase()}-${span}`;
    if (format === 'json') download(reportJson(report), 'application/json', `${name}.json`);
    else download(reportCsv(report), 'text/csv', `${name}.csv`);
  };

  useEffect(() => {
    void helpdeskClockItem.get().then(setClock);
  }, []);

  const checkNow = async () => {
    setChecking(true);
    try {
      const outcomes = await askBackground('checkPacksNow', {});
      setCheckResult(outcomes.length ? outcomes.map(outcomeText).join(' ') : 'No pack URL to check.');
    } catch (error) {
      setCheckResult(`Check failed: ${String(error)}`);
    } finally {
      setChecking(false);
    }
  };

  return (
    <main class="options">
      <h1>Touchpoint settings</h1>

      <section aria-labelledby="my-day-title">
        <h2 id="my-day-title">My day</h2>
        <MyDay view={view} span={span} onSpan={setSpan} onExport={exportReport} />
      </section>

      <section aria-labelledby="packs-title">
        <h2 id="packs-title">Knowledge packs</h2>
        {overview ? <PackStatusList overview={overview} now={Date.now()} /> : <p>Loading packs…</p>}
        {overview?.notice && <p class="pack-notice">{overview.notice.text}</p>}
        <button type="button" onClick={() => void checkNow()} disabled={checking}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
        <p role="status" class="settings-status">
          {checkResult}
        </p>
        {settings && (
          <PackSources settings={settings} onSave={(next) => void localPackSettingsItem.update(() => next)} />
        )}
        <PackImport onImport={async (file) => outcomeText(await askBackground('importPack', file))} />
      </section>

      <section aria-labelledby="agent-title">
        <h2 id="agent-title">Your profile</h2>
        {agentProfile ? (
          <AgentProfileSettings
            profile={agentProfile}
            onSave={(next) =>
              void agentProfileItem
                .update(() => next)
                .then(
                  () => setSaved('Saved.'),
                  (error: unknown) => setSaved(`Not saved: ${String(error)}`),
                )
            }
          />
        ) : (
          <p>Loading settings…</p>
        )}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">Customer history</h2>
        <HistoryImport onImport={importCrmExport} />
        {historySettings ? (
          <HistorySettings
            settings={historySettings}
            countries={countries}
            onChange={(next) => void historySettingsItem.update(() => next)}
          />
        ) : (
          <p>Loading settings…</p>
        )}
      </section>

      <section aria-labelledby="time-title">
        <h2 id="time-title">Reading the helpdesk</h2>
        {clock ? (
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
        ) : (
          <p>Loading settings…</p>
        )}
        <p class="settings-status" role="status">
          {saved}
        </p>
        <h3>Helpdesk rules from your packs</h3>
        {helpdeskRules && (
          <HelpdeskRulesSettings
            rules={helpdeskRules}
            declared={declaredAccess}
            status={accessStatus}
            onAllow={(origin) => {
              // Called straight from the click: browsers grant permissions only on a user gesture.
              browser.permissions.request({ origins: [origin] }).then(
                (granted) =>
                  setAccessStatus(
                    granted
                      ? `Allowed. Open tabs on ${origin.replace('/*', '')} are read now.`
                      : 'Not allowed: Touchpoint will not read that helpdesk.',
                  ),
                (error: unknown) => setAccessStatus(`Could not ask for access: ${String(error)}`),
              );
            }}
            onRevoke={(origin) => {
              browser.permissions.remove({ origins: [origin] }).then(
                () => setAccessStatus(`Touchpoint no longer reads ${origin.replace('/*', '')}.`),
                (error: unknown) => setAccessStatus(`Could not remove access: ${String(error)}`),
              );
            }}
          />
        )}
        <h3>How well tickets are read</h3>
        <ExtractionHealth
          health={healthSummary(extractionHealth ?? {}, Date.now())}
          helpdeskName={(helpdeskId) => helpdeskName(helpdeskId, helpdeskRules)}
        />
      </section>
    </main>
  );
}
