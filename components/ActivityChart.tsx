import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

import type { DailyPoint } from '../lib/activity/daily-series';

/** Colour-blind-safe pairs (Okabe–Ito); each series is also named in the legend and the summary. */
const series = [
  { key: 'met', label: 'Targets met', colour: '#0072b2' },
  { key: 'breached', label: 'Targets breached', colour: '#d55e00' },
  { key: 'snippetsInserted', label: 'Snippets inserted', colour: '#009e73' },
  { key: 'offersAccepted', label: 'Offers accepted', colour: '#cc79a7' },
] as const satisfies readonly { key: keyof DailyPoint; label: string; colour: string }[];

/**
 * Day-by-day lines for the "My day" view, drawn by uPlot (a small, maintained chart library). The
 * canvas is a picture of figures the page also gives in words and tables, so it carries a summary
 * as its accessible name rather than being read point by point.
 */
export function ActivityChart({ points }: { points: readonly DailyPoint[] }) {
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = holder.current;
    if (!element || points.length === 0) return;
    const data: uPlot.AlignedData = [
      points.map((point) => point.from / 1000),
      ...series.map(({ key }) => points.map((point) => point[key])),
    ];
    const chart = new uPlot(
      {
        width: Math.max(320, element.clientWidth || 640),
        height: 220,
        scales: { x: { time: true }, y: { range: (_self, _min, max) => [0, Math.max(4, max + 1)] } },
        axes: [{ space: 60 }, { label: 'count', size: 50 }],
        series: [
          {},
          ...series.map(({ label, colour }, index) => ({
            label,
            stroke: colour,
            width: 2,
            // A dash per series besides the colour, so the lines tell apart without it.
            dash:
              index === 0
                ? undefined
                : [
                    [6, 3],
                    [2, 2],
                    [8, 2, 2, 2],
                  ][index - 1],
            points: { show: true, size: 6, fill: colour },
          })),
        ],
      },
      data,
      element,
    );
    return () => chart.destroy();
  }, [points]);

  const total = (key: (typeof series)[number]['key']) => points.reduce((sum, point) => sum + point[key], 0);
  const summary = `Per day over ${points.length} ${points.length === 1 ? 'day' : 'days'}: ${series
    .map(({ key, label }) => `${label.toLowerCase()} ${total(key)}`)
    .join(', ')}.`;
  return <div ref={holder} class="activity-chart" role="img" aria-label={summary} />;
}
