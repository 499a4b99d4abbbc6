import { useState } from 'preact/hooks';

import { asMarkdownText, fillPlaceholders, type PlaceholderValues } from '../lib/knowledge/placeholders';
import { snippetPlainText } from '../lib/knowledge/plain-text';
import { renderMarkdown } from '../lib/knowledge/render';
import type { RankedOffer } from '../lib/offers';
import { SnippetPlaceholderForm } from './SnippetPlaceholderForm';

export type OfferAnswerKind = 'declined' | 'not-relevant';

/**
 * One next-best offer: what it is, why it is shown, the pitch as the customer would read it, and
 * the agent's three answers. "Offer it" inserts the pitch into the reply, filled like a snippet.
 */
export function OfferCard({
  ranked: { offer, reasons, lowered },
  values,
  onAccept,
  onAnswer,
}: {
  ranked: RankedOffer;
  values: PlaceholderValues;
  onAccept: (pitch: string) => void;
  onAnswer: (kind: OfferAnswerKind) => void;
}) {
  const [missing, setMissing] = useState<string[]>([]);
  const titleId = `offer-${offer.id}-title`;

  const accept = (typed: Record<string, string> = {}) => {
    const filled = fillPlaceholders(snippetPlainText(offer.pitch), { ...values, ...typed });
    setMissing(filled.missing);
    if (filled.missing.length === 0) onAccept(filled.text);
  };

  return (
    <article class="offer-card" aria-labelledby={titleId} data-offer-card={offer.id}>
      <h3 id={titleId} class="offer-title">
        {offer.title}
      </h3>
      <ul class="offer-reasons" aria-label="Why this offer">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {lowered.length > 0 && (
        <ul class="offer-lowered" aria-label="What counts against it">
          {lowered.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <div
        class="offer-pitch"
        // renderMarkdown's output is sanitised to an allow-list; page values are escaped as text first.
        dangerouslySetInnerHTML={{
          __html: renderMarkdown(fillPlaceholders(offer.pitch, asMarkdownText(values)).text),
        }}
      />
      {missing.length > 0 ? (
        <SnippetPlaceholderForm
          missing={missing}
          snippetTitle={offer.title}
          onFill={accept}
          onCancel={() => setMissing([])}
        />
      ) : (
        <div class="offer-actions">
          <button type="button" class="offer-accept" onClick={() => accept()}>
            Offer it<span class="visually-hidden">: insert the pitch for {offer.title}</span>
          </button>
          <button type="button" onClick={() => onAnswer('declined')}>
            Customer said no<span class="visually-hidden"> to {offer.title}</span>
          </button>
          <button type="button" onClick={() => onAnswer('not-relevant')}>
            Not relevant<span class="visually-hidden">: {offer.title}</span>
          </button>
        </div>
      )}
    </article>
  );
}
