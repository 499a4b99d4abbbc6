import type { PackOverview } from '../lib/packs/pack-overview';
import { TimeAgo } from './TimeAgo';

/**
 * Every pack source with what is installed from it and how the last check went. When a check
 * failed, the last good pack stays in use and the reason is shown next to it.
 */
export function PackStatusList({ overview, now }: { overview: PackOverview; now: number }) {
  if (overview.sources.length === 0) {
    return <p class="settings-help">No knowledge pack yet: add a pack URL or import a pack file.</p>;
  }
  return (
    <ul class="pack-status-list" aria-label="Knowledge packs">
      {overview.sources.map((view) => (
        <li key={view.source} class={view.error ? 'pack-status has-error' : 'pack-status'}>
          <p class="pack-title">
            {view.installed ? view.installed.title : 'Not installed yet'}
            {view.installed && (
              <span class="pack-trust">
                {view.installed.verifiedBy ? ` · signed (key ${view.installed.verifiedBy})` : ' · unsigned'}
              </span>
            )}
          </p>
          <p class="pack-source">{view.source.replace(/^file:/, 'imported file ')}</p>
          {view.lastCheckedAt !== undefined && (
            <p class="pack-checked">
              Checked <TimeAgo at={view.lastCheckedAt} now={now} />
            </p>
          )}
          {view.error && (
            <p class="pack-error">
              Update refused: {view.error}
              {view.installed ? ` Still using ${view.installed.title}.` : ''}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
