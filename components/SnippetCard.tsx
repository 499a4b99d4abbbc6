import { useRef, useState } from 'preact/hooks';

import type { Ranked } from '../lib/knowledge/index';
import { asMarkdownText, fillPlaceholders, type PlaceholderValues } from '../lib/knowledge/placeholders';
import { snippetPlainText } from '../lib/knowledge/plain-text';
import { renderMarkdown } from '../lib/knowledge/render';
import { reviewDateText } from '../lib/knowledge/review-date';
import { lastReviewed } from '../lib/knowledge/staleness';
import type { Snippet } from '../lib/packs/snippet-schema';
import { SnippetFlagForm, type SnippetFlag } from './SnippetFlagForm';
import { SnippetPlaceholderForm } from './SnippetPlaceholderForm';

/**
 * One knowledge snippet, ready to insert: what it says (a rendered preview), why it was
 * suggested, who keeps it right and whether its review is overdue. Enter on the focused card
 * inserts it, or first asks for the placeholders the ticket could not fill.
 */
export function SnippetCard({
  ranked: { snippet, reasons },
  stale,
  values,
  locale,
  ticketText,
  onInsert,
  onFlag,
}: {
  ranked: Pick<Ranked, 'snippet' | 'reasons'>;
  stale: boolean;
  values: PlaceholderValues;
  locale: string;
  /** What the customer wrote, offered as an excerpt when the agent flags the snippet. */
  ticketText?: string;
  onInsert: (text: string, snippet: Snippet) => void;
  onFlag?: (snippet: Snippet, flag: SnippetFlag) => void;
}) {
  const [missing, setMissing] = useState<string[]>([]);
  const [flagging, setFlagging] = useState(false);
  const [flagged, setFlagged] = useState('');
  const card = useRef<HTMLElement>(null);
  const titleId = `snippet-${snippet.id}-title`;

  const insert = (typed: Record<string, string> = {}) => {
    const filled = fillPlaceholders(snippetPlainText(snippet.body), { ...values, ...typed });
    setMissing(filled.missing);
    if (filled.missing.length > 0) return;
    onInsert(filled.text, snippet);
    card.current?.focus();
  };

  return (
    <article
      ref={card}
      class={`snippet-card${stale ? ' snippet-stale' : ''}`}
      aria-labelledby={titleId}
      tabIndex={0}
      data-snippet-card
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
        event.preventDefault();
        insert();
      }}
    >
      <h3 id={titleId} class="snippet-title">
        {snippet.title}
      </h3>
      <p class="snippet-meta">
        <span class="snippet-category">{snippet.category}</span>
        {stale && <span class="snippet-stale-flag">Stale: review overdue</span>}
      </p>
      <div
        class="snippet-preview"
        // The one place Markdown becomes markup: renderMarkdown's output is sanitised to an allow-list.
        dangerouslySetInnerHTML={{
          __html: renderMarkdown(fillPlaceholders(snippet.body, asMarkdownText(values)).text),
        }}
      />
      {reasons.length > 0 && (
        <ul class="snippet-reasons" aria-label="Why this snippet">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p class="snippet-review">
        {snippet.owner} · reviewed {reviewDateText(lastReviewed(snippet), locale)}
      </p>
      {missing.length > 0 ? (
        <SnippetPlaceholderForm
          missing={missing}
          snippetTitle={snippet.title}
          onFill={insert}
          onCancel={() => {
            setMissing([]);
            card.current?.focus();
          }}
        />
      ) : (
        <button type="button" class="snippet-insert" onClick={() => insert()}>
          Insert<span class="visually-hidden"> {snippet.title}</span>
        </button>
      )}
      {onFlag &&
        (flagging ? (
          <SnippetFlagForm
            snippetId={snippet.id}
            snippetTitle={snippet.title}
            ticketText={ticketText}
            onSubmit={(flag) => {
              onFlag(snippet, flag);
              setFlagging(false);
              setFlagged(flag.flag === 'wrong' ? 'Flagged as wrong.' : 'Flagged as out of date.');
              card.current?.focus();
            }}
            onCancel={() => {
              setFlagging(false);
              card.current?.focus();
            }}
          />
        ) : (
          <button type="button" class="snippet-flag" onClick={() => setFlagging(true)}>
            Flag<span class="visually-hidden"> {snippet.title} as wrong or out of date</span>
          </button>
        ))}
      {flagged && (
        <p class="snippet-flagged" role="status">
          {flagged}
        </p>
      )}
    </article>
  );
}
