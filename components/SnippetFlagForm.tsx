import { useEffect, useRef, useState } from 'preact/hooks';

import type { FlagKind } from '../lib/activity/activity-event';
import { ExcerptField } from './ExcerptField';

export interface SnippetFlag {
  flag: FlagKind;
  note: string;
  excerpt?: string;
}

/** "This snippet is wrong / stale": what the agent tells the team lead about one snippet. */
export function SnippetFlagForm({
  snippetId,
  snippetTitle,
  ticketText,
  onSubmit,
  onCancel,
}: {
  snippetId: string;
  snippetTitle: string;
  ticketText: string | undefined;
  onSubmit: (flag: SnippetFlag) => void;
  onCancel: () => void;
}) {
  const [flag, setFlag] = useState<FlagKind>('wrong');
  const [note, setNote] = useState('');
  const [excerpt, setExcerpt] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form
      ref={form}
      class="snippet-flag-form"
      aria-label={`Flag ${snippetTitle}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ flag, note: note.trim(), ...(excerpt ? { excerpt } : {}) });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <fieldset>
        <legend>What is the matter with it?</legend>
        <label>
          <input
            type="radio"
            name={`flag-${snippetId}`}
            checked={flag === 'wrong'}
            onChange={() => setFlag('wrong')}
          />{' '}
          Wrong
        </label>
        <label>
          <input
            type="radio"
            name={`flag-${snippetId}`}
            checked={flag === 'stale'}
            onChange={() => setFlag('stale')}
          />{' '}
          Out of date
        </label>
      </fieldset>
      <label for={`flag-note-${snippetId}`}>What should it say?</label>
      <textarea
        id={`flag-note-${snippetId}`}
        rows={2}
        maxLength={1000}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <ExcerptField id={`flag-excerpt-${snippetId}`} ticketText={ticketText} onChange={setExcerpt} />
      <button type="submit">Send to team lead</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
