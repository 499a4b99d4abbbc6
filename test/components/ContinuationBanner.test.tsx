import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';

import { ContinuationBanner } from '../../components/ContinuationBanner';
import type { Continuation } from '../../lib/history/continuation';
import { DAY, HOUR, makeInteraction, NOW } from '../builders/history';

const names: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce' };
const helpdeskName = (id: string) => names[id] ?? id;

afterEach(cleanup);

test.each<[Continuation, string, string]>([
  [
    {
      interaction: makeInteraction({
        ticketId: '4530',
        channel: 'phone',
        updatedAt: NOW - 2 * HOUR - 10 * 60_000,
      }),
      reason: 'refund',
    },
    'Called 2 h ago about the same refund — Zendesk #4530',
    'Zendesk #4530',
  ],
  [
    { interaction: makeInteraction({ updatedAt: NOW - 35 * 60_000 }), reason: 'refund' },
    'Emailed 35 min ago about the same refund — Zendesk #4512',
    'Zendesk #4512',
  ],
  [
    {
      interaction: makeInteraction({
        helpdesk: 'salesforce',
        ticketId: '00104219',
        channel: 'web',
        updatedAt: NOW - DAY - HOUR,
        url: 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7b1AAB/view',
      }),
      reason: 'router x2',
    },
    'Wrote through the web form 1 day ago about the same router x2 — Salesforce Case 00104219',
    'Salesforce Case 00104219',
  ],
])('%#: "%s"', (continuation, sentence, linkName) => {
  render(<ContinuationBanner continuation={continuation} now={NOW} helpdeskName={helpdeskName} />);

  const banner = screen.getByRole('complementary', { name: 'Continues a recent conversation' });
  expect(banner.textContent).toBe(sentence);
  const link = screen.getByRole('link', { name: linkName });
  expect(link.getAttribute('href')).toBe(continuation.interaction.url);
  expect(link.getAttribute('target')).toBe('_blank');
  expect(link.getAttribute('rel')).toBe('noopener');
  expect(banner.querySelector('time')?.getAttribute('datetime')).toBe(
    new Date(continuation.interaction.updatedAt).toISOString(),
  );
});
