import { useState } from 'preact/hooks';

import type { ActivityView, ViewSpan } from '../lib/activity/activity-view';
import { durationText } from '../lib/standards/format';
import { ActivityChart } from './ActivityChart';

const spanLabels: Record<ViewSpan, string> = {
  today: 'Today',
  '7-days': 'Last 7 days',
  '30-days': 'Last 30 days',
};

function orNone(ms: number | null, text: (ms: number) => string = durationText): string {
  return ms === null ? '—' : text(ms);
}

export interface ExportChoice {
  format: 'json' | 'csv';
  includesCustomerData: boolean;
}

/**
 * The agent's own figures: response targets met and breached (by how much, by standard and
 * channel), the median first reply in business time, knowledge used and missed, offers made —
 * for today, 7 or 30 days, with a day-by-day plot and the team lead's export.
 */
export function MyDay({
  view,
  span,
  onSpan,
  onExport,
}: {
  /** Undefined while the activity is read. */
  view: ActivityView | undefined;
  span: ViewSpan;
  onSpan: (span: ViewSpan) => void;
  onExport: (choice: ExportChoice) => void;
}) {
  const [includesCustomerData, setIncludesCustomerData] = useState(false);
  const figures = view?.figures;
  const { standards, offers } = figures ?? {};
  return (
    <div class="my-day">
      <fieldset class="my-day-span">
        <legend>Period</legend>
        {(Object.keys(spanLabels) as ViewSpan[]).map((key) => (
          <label key={key}>
            <input type="radio" name="my-day-span" checked={span === key} onChange={() => onSpan(key)} />{' '}
            {spanLabels[key]}
          </label>
        ))}
      </fieldset>
      {!figures || !standards || !offers ? (
        <p>Reading your activity…</p>
      ) : (
        <>
          <dl class="my-day-figures">
            <dt>Response targets met</dt>
            <dd>{standards.met}</dd>
            <dt>Response targets breached</dt>
            <dd>
              {standards.breached}
              {standards.breached > 0 &&
                ` (by ${orNone(standards.breachedByMs.median)} typically, ${orNone(standards.breachedByMs.max)} at most)`}
            </dd>
            <dt>Median first reply (business time)</dt>
            <dd>{orNone(figures.firstReplyMedianBusinessMs)}</dd>
            <dt>Tickets viewed</dt>
            <dd>{figures.ticketsViewed}</dd>
            <dt>Snippets inserted</dt>
            <dd>{figures.snippetsInserted.count}</dd>
            <dt>Searches that found nothing</dt>
            <dd>{figures.searchesEmpty.count}</dd>
            <dt>Offers shown / accepted / declined / not relevant</dt>
            <dd>
              {offers.shown} / {offers.accepted} / {offers.declined} / {offers.notRelevant}
            </dd>
          </dl>
          {view.series.length > 1 && <ActivityChart points={view.series} />}
          {standards.byStandard.length > 0 && (
            <table class="my-day-table">
              <caption>Response targets by standard</caption>
              <thead>
                <tr>
                  <th scope="col">Standard</th>
                  <th scope="col">Met</th>
                  <th scope="col">Breached</th>
                  <th scope="col">Median breach</th>
                </tr>
              </thead>
              <tbody>
                {standards.byStandard.map((row) => (
                  <tr key={row.standardId}>
                    <th scope="row">{row.standardName}</th>
                    <td>{row.met}</td>
                    <td>{row.breached}</td>
                    <td>{orNone(row.medianBreachMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {standards.byChannel.length > 0 && (
            <table class="my-day-table">
              <caption>Response targets by channel</caption>
              <thead>
                <tr>
                  <th scope="col">Channel</th>
                  <th scope="col">Met</th>
                  <th scope="col">Breached</th>
                </tr>
              </thead>
              <tbody>
                {standards.byChannel.map((row) => (
                  <tr key={row.channel}>
                    <th scope="row">{row.channel}</th>
                    <td>{row.met}</td>
                    <td>{row.breached}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {figures.snippetsInserted.bySnippet.length > 0 && (
            <table class="my-day-table">
              <caption>Snippets you inserted</caption>
              <thead>
                <tr>
                  <th scope="col">Snippet</th>
                  <th scope="col">Times</th>
                </tr>
              </thead>
              <tbody>
                {figures.snippetsInserted.bySnippet.map((row) => (
                  <tr key={`${row.packId}/${row.snippetId}`}>
                    <th scope="row">{row.title}</th>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {figures.searchesEmpty.topQueries.length > 0 && (
            <p class="my-day-missed">
              Searched for without a snippet:{' '}
              {figures.searchesEmpty.topQueries.map((row) => `“${row.query}” (${row.count})`).join(', ')}
            </p>
          )}
        </>
      )}
      <fieldset class="my-day-export">
        <legend>Export for your team lead</legend>
        <label>
          <input
            type="checkbox"
            checked={includesCustomerData}
            onChange={(event) => setIncludesCustomerData(event.currentTarget.checked)}
          />{' '}
          Include customer data (the ticket excerpts in your snippet proposals and flags)
        </label>
        <button
          type="button"
          disabled={!view}
          onClick={() => onExport({ format: 'json', includesCustomerData })}
        >
          Export JSON
        </button>
        <button
          type="button"
          disabled={!view}
          onClick={() => onExport({ format: 'csv', includesCustomerData })}
        >
          Export CSV
        </button>
      </fieldset>
    </div>
  );
}
