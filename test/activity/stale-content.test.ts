/**
 * Which snippets a team lead should look at, on Monday 30 November 2026, 18:00 EST (23:00Z).
 * Review interval 60 days: a snippet last checked on 2 October is due on 1 December.
 */
import { expect, test } from 'vitest';

import { staleContent, type PackSnippets } from '../../lib/activity/stale-content';
import { packSchema } from '../../lib/packs/pack-schema';
import { makePackInput } from '../builders/pack';
import { event, mondayEvening } from './fixed-log';

const base = packSchema.parse(makePackInput({ reviewIntervalDays: 60 }));
const lateFee = {
  ...base.snippets[0]!,
  id: 'late-payment-fee-en',
  title: 'Why a late payment fee was charged',
  updatedAt: '2026-11-20',
};
const pack: PackSnippets = {
  packId: base.id,
  reviewIntervalDays: 60,
  // refund-timeline-en (updated 2 Oct), duplicate-charge-en (14 Sep), late-payment-fee-en (20 Nov).
  snippets: [...base.snippets, lateFee],
};
const billing = { helpdesk: 'zendesk', ticketId: '4411', channel: 'email', packId: base.id } as const;

const log = [
  event('snippet-matched', '2026-09-01T10:00:00Z', {
    packId: base.id,
    snippetIds: ['refund-timeline-en', 'duplicate-charge-en'],
  }),
  event('snippet-inserted', '2026-11-30T15:00:00Z', {
    ...billing,
    snippetId: 'refund-timeline-en',
    snippetTitle: 'When a refund arrives',
  }),
  event('snippet-inserted', '2026-11-28T15:00:00Z', {
    ...billing,
    snippetId: 'duplicate-charge-en',
    snippetTitle: 'Duplicate charge on an invoice',
  }),
  // 46 days before: not in the last 30.
  event('snippet-inserted', '2026-10-15T23:00:00Z', {
    ...billing,
    snippetId: 'late-payment-fee-en',
    snippetTitle: 'Why a late payment fee was charged',
  }),
  // Another pack's snippet of the same id is another snippet.
  event('snippet-matched', '2026-11-30T10:00:00Z', {
    packId: 'harbour-billing',
    snippetIds: ['late-payment-fee-en'],
  }),
];

test('unused in 30 days, never matched, past review, each with its reason', () => {
  expect(staleContent({ packs: [pack], events: log, now: mondayEvening })).toEqual({
    checkedAt: '2026-11-30T23:00:00.000Z',
    logSince: '2026-09-01T10:00:00.000Z',
    snippets: [
      // Refund: inserted today, matched, reviewed 2 Oct + 60 days = 1 Dec: nothing to say.
      // Duplicate: 14 Sep + 60 = 13 Nov, passed.
      {
        packId: 'northwind-billing',
        snippetId: 'duplicate-charge-en',
        title: 'Duplicate charge on an invoice',
        owner: 'Billing team',
        reasons: ['past-review'],
        lastInsertedAt: '2026-11-28T15:00:00.000Z',
        lastMatchedAt: '2026-09-01T10:00:00.000Z',
        reviewDueOn: '2026-11-13',
      },
      {
        packId: 'northwind-billing',
        snippetId: 'late-payment-fee-en',
        title: 'Why a late payment fee was charged',
        owner: 'Billing team',
        reasons: ['unused-30-days', 'never-matched'],
        lastInsertedAt: '2026-10-15T23:00:00.000Z',
        lastMatchedAt: null,
        reviewDueOn: '2027-01-19',
      },
    ],
  });
});

test('the 30 days are counted back from now, to the millisecond', () => {
  const exactly30 = mondayEvening - 30 * 86_400_000;
  const inserted = (at: number) =>
    event('snippet-inserted', new Date(at).toISOString(), {
      ...billing,
      snippetId: 'late-payment-fee-en',
      snippetTitle: 'Why a late payment fee was charged',
    });
  const reasonsWith = (at: number) =>
    staleContent({
      packs: [pack],
      events: [...log.slice(0, 3), inserted(at)],
      now: mondayEvening,
    }).snippets.find((snippet) => snippet.snippetId === 'late-payment-fee-en')?.reasons;
  expect(reasonsWith(exactly30)).toEqual(['never-matched']);
  expect(reasonsWith(exactly30 - 1)).toEqual(['unused-30-days', 'never-matched']);
});

test('a pack without a review interval has no review date, and nothing past it', () => {
  const report = staleContent({
    packs: [{ ...pack, reviewIntervalDays: undefined }],
    events: log,
    now: mondayEvening,
  });
  expect(report.snippets.map((snippet) => [snippet.snippetId, snippet.reasons, snippet.reviewDueOn])).toEqual(
    [['late-payment-fee-en', ['unused-30-days', 'never-matched'], null]],
  );
});

test('an empty log: every snippet unused and never matched, and no log start', () => {
  const report = staleContent({ packs: [pack], events: [], now: mondayEvening });
  expect(report.logSince).toBeNull();
  expect(report.snippets.map((snippet) => snippet.reasons)).toEqual([
    ['unused-30-days', 'never-matched'],
    ['unused-30-days', 'never-matched', 'past-review'],
    ['unused-30-days', 'never-matched'],
  ]);
});
