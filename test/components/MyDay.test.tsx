import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { MyDay } from '../../components/MyDay';

/** uPlot draws on a canvas, which happy-dom lacks: what the chart is given is checked here, the drawing in Chromium. */
const charts = vi.hoisted(() => [] as { options: { series: { label?: string }[] }; data: number[][] }[]);
vi.mock('uplot', () => ({
  default: class {
    constructor(options: { series: { label?: string }[] }, data: number[][]) {
      charts.push({ options, data });
    }
    destroy() {}
  },
}));
import { activityView } from '../../lib/activity/activity-view';
import { events, mondayEvening, outcomes, timeZone } from '../activity/fixed-log';

afterEach(cleanup);

/** The fixed Monday (test/activity/fixed-log.ts), whose figures are worked out by hand there. */
const monday = activityView({ events, outcomes, now: mondayEvening, days: 1, timeZone });

test("today's figures, in words and tables", () => {
  render(<MyDay view={monday} span="today" onSpan={() => undefined} onExport={() => undefined} />);
  const figures = document.querySelector('.my-day-figures')!;
  const value = (term: string) =>
    [...figures.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling
      ?.textContent;
  expect(value('Response targets met')).toBe('3');
  expect(value('Response targets breached')).toBe('3 (by 35 min typically, 1 h at most)');
  expect(value('Median first reply (business time)')).toBe('1 h 30 min');
  expect(value('Tickets viewed')).toBe('3');
  expect(screen.getByRole('table', { name: 'Response targets by standard' })).toBeTruthy();
  expect(
    within(screen.getByRole('table', { name: 'Response targets by channel' })).getAllByRole('row').length,
  ).toBeGreaterThan(1);
});

test('the period and the export are the agent’s choice; customer data only when ticked', () => {
  const onSpan = vi.fn();
  const onExport = vi.fn();
  render(<MyDay view={monday} span="today" onSpan={onSpan} onExport={onExport} />);
  fireEvent.click(screen.getByLabelText('Last 7 days'));
  expect(onSpan).toHaveBeenCalledWith('7-days');
  fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
  expect(onExport).toHaveBeenLastCalledWith({ format: 'csv', includesCustomerData: false });
  fireEvent.click(screen.getByLabelText(/Include customer data/));
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  expect(onExport).toHaveBeenLastCalledWith({ format: 'json', includesCustomerData: true });
});

test('a week is plotted day by day, with a summary in words for the picture', () => {
  const week = activityView({ events, outcomes, now: mondayEvening, days: 7, timeZone });
  render(<MyDay view={week} span="7-days" onSpan={() => undefined} onExport={() => undefined} />);
  const chart = screen.getByRole('img');
  // Sunday's records (one met, one breached target) count in the week, not on Monday.
  expect(chart.getAttribute('aria-label')).toBe(
    'Per day over 7 days: targets met 4, targets breached 4, snippets inserted 5, offers accepted 1.',
  );
  const [drawn] = charts.slice(-1);
  expect(drawn?.options.series.map((series) => series.label)).toEqual([
    undefined,
    'Targets met',
    'Targets breached',
    'Snippets inserted',
    'Offers accepted',
  ]);
  expect(drawn?.data[0]).toHaveLength(7);
  expect(drawn?.data[1]?.reduce((sum, count) => sum + count, 0)).toBe(4);
});

test('while the activity is read, it says so and nothing can be exported yet', () => {
  render(<MyDay view={undefined} span="today" onSpan={() => undefined} onExport={() => undefined} />);
  expect(screen.getByText('Reading your activity…')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Export JSON' }) as HTMLButtonElement).disabled).toBe(true);
});
