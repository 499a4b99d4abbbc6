import { useEffect, useState } from 'preact/hooks';

import type { PlaceholderValues } from '../lib/knowledge/placeholders';
import type { OfferSelection, RankedOffer } from '../lib/offers';
import { OfferCard, type OfferAnswerKind } from './OfferCard';

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const answerNotes: Record<OfferAnswerKind, (title: string) => string> = {
  declined: (title) => `Noted: the customer said no to ${title}. It is held back for this customer for now.`,
  'not-relevant': (title) => `Noted: ${title} is not relevant here. It ranks lower for this customer.`,
};

/**
 * The next-best offers for this ticket: at most three, each with its reasons, or why none is
 * made; and, on demand, why every other offer was held back.
 */
export function OffersSection({
  selection,
  values,
  onShown,
  onAccept,
  onAnswer,
}: {
  /** Undefined while the customer and their answers are being looked up. */
  selection: OfferSelection | undefined;
  values: PlaceholderValues;
  onShown: (shown: RankedOffer[]) => void;
  onAccept: (ranked: RankedOffer, pitch: string) => void;
  onAnswer: (ranked: RankedOffer, kind: OfferAnswerKind) => void;
}) {
  const [note, setNote] = useState('');
  const [whyOpen, setWhyOpen] = useState(false);
  const shown = selection?.shown ?? [];
  const shownKey = shown.map((ranked) => `${ranked.packId}/${ranked.offer.id}`).join('\n');

  useEffect(() => {
    if (shown.length > 0) onShown(shown);
    // Keyed on which offers are shown, not on the array or callback of each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [shownKey]);

  if (!selection) return <p class="section-empty">Looking up what this customer owns…</p>;
  const { heldBackCount, suppressed } = selection;
  return (
    <div class="offers">
      {suppressed ? (
        <p class="offers-suppressed">{sentence(suppressed.reason)}</p>
      ) : shown.length === 0 ? (
        <p class="section-empty">No offer fits this customer and ticket.</p>
      ) : (
        <ul class="offer-list">
          {shown.map((ranked) => (
            <li key={`${ranked.packId}/${ranked.offer.id}`}>
              <OfferCard
                ranked={ranked}
                values={values}
                onAccept={(pitch) => {
                  onAccept(ranked, pitch);
                  setNote('');
                }}
                onAnswer={(kind) => {
                  onAnswer(ranked, kind);
                  setNote(answerNotes[kind](ranked.offer.title));
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <p class="offers-note" role="status">
        {note}
      </p>
      {heldBackCount > 0 && (
        <details class="offers-held-back" open={whyOpen}>
          {/* The state opens and closes it (Enter and Space on a summary are clicks too), not the browser. */}
          <summary
            onClick={(event) => {
              event.preventDefault();
              setWhyOpen(!whyOpen);
            }}
          >
            Why not the other {heldBackCount === 1 ? 'offer' : `${heldBackCount} offers`}?
          </summary>
          {/* Worded when asked for: hundreds of reasons nobody opened would cost every ticket switch. */}
          {whyOpen && (
            <ul>
              {selection.heldBack.map(({ packId, offer, reasons }) => (
                <li key={`${packId}/${offer.id}`}>
                  <strong>{offer.title}</strong>: {reasons.map((reason) => reason.text).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}
