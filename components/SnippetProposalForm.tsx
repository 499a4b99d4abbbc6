import { useState } from 'preact/hooks';

import { ExcerptField } from './ExcerptField';

export interface SnippetProposal {
  title: string;
  body: string;
  excerpt?: string;
}

/** A snippet the agent wishes the pack had, written from the ticket in front of them. */
export function SnippetProposalForm({
  ticketText,
  onSubmit,
}: {
  ticketText: string | undefined;
  onSubmit: (proposal: SnippetProposal) => void;
}) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [excerpt, setExcerpt] = useState<string>();
  const [sent, setSent] = useState('');
  const complete = title.trim() !== '' && body.trim() !== '';
  return (
    <details class="snippet-proposal">
      <summary>Propose a new snippet</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!complete) return;
          onSubmit({ title: title.trim(), body: body.trim(), ...(excerpt ? { excerpt } : {}) });
          setSent(`Sent to your team lead's next report: “${title.trim()}”.`);
          setTitle('');
          setBody('');
        }}
      >
        <label for="proposal-title">Title</label>
        <input
          id="proposal-title"
          maxLength={200}
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
        <label for="proposal-body">What the snippet should say (Markdown)</label>
        <textarea
          id="proposal-body"
          rows={4}
          maxLength={5000}
          value={body}
          onInput={(event) => setBody(event.currentTarget.value)}
        />
        <ExcerptField id="proposal-excerpt" ticketText={ticketText} onChange={setExcerpt} />
        <button type="submit" disabled={!complete}>
          Propose
        </button>
        <p role="status">{sent}</p>
      </form>
    </details>
  );
}
