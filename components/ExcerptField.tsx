import { useState } from 'preact/hooks';

/**
 * An optional excerpt of the ticket, which the agent edits down to what shows the point. It is
 * customer text: off until ticked, and it leaves the browser only in an export that says so.
 */
export function ExcerptField({
  id,
  ticketText,
  onChange,
}: {
  id: string;
  ticketText: string | undefined;
  onChange: (excerpt: string | undefined) => void;
}) {
  const [included, setIncluded] = useState(false);
  const [text, setText] = useState(ticketText?.slice(0, 2000) ?? '');
  if (!ticketText) return null;
  return (
    <div class="excerpt-field">
      <label>
        <input
          type="checkbox"
          checked={included}
          onChange={(event) => {
            setIncluded(event.currentTarget.checked);
            onChange(event.currentTarget.checked && text.trim() ? text.trim() : undefined);
          }}
        />{' '}
        Include an excerpt of the ticket
      </label>
      {included && (
        <>
          <label for={id}>Excerpt (edit it down to what matters)</label>
          <textarea
            id={id}
            rows={3}
            maxLength={2000}
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              onChange(event.currentTarget.value.trim() || undefined);
            }}
          />
        </>
      )}
    </div>
  );
}
