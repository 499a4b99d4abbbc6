import type { PackOverview } from '../lib/packs/pack-overview';
import { TimeAgo } from './TimeAgo';

const NOTICE_SHOWN_MS = 24 * 3_600_000;

/**
 * The panel's last line: which packs are in use, an update's summary for a day after it came,
 * and any failed update with the pack that stays in use meanwhile.
 */
export function PanelFooter({ overview, now }: { overview: PackOverview; now: number }) {
  const installed = overview.sources.flatMap((view) => (view.installed ? [view.installed.title] : []));
  const failures = overview.sources.filter((view) => view.error);
  const notice = overview.notice && now - overview.notice.at < NOTICE_SHOWN_MS ? overview.notice : undefined;
  return (
    <footer class="panel-footer">
      <p>{installed.length ? `Packs: ${installed.join(', ')}` : 'No knowledge pack loaded.'}</p>
      {overview.unsigned && <p class="footer-warning">Unsigned pack in use: no trusted key is configured.</p>}
      {notice && (
        <p class="footer-notice">
          {notice.text} (<TimeAgo at={notice.at} now={now} />)
        </p>
      )}
      {failures.map((view) => (
        <p class="footer-warning" key={view.source}>
          Update failed for {view.installed?.title ?? view.source}: {view.error}
          {view.installed && ` Still using ${view.installed.title}.`}
        </p>
      ))}
    </footer>
  );
}
