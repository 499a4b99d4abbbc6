import { useEffect, useRef, useState } from 'preact/hooks';

import { placeholderLabel } from '../lib/knowledge/placeholders';

/**
 * Asks the agent for what the ticket could not fill ("Order number") before a snippet is
 * inserted, so no raw `{{placeholder}}` ever reaches the customer.
 */
export function SnippetPlaceholderForm({
  missing,
  snippetTitle,
  onFill,
  onCancel,
}: {
  missing: string[];
  snippetTitle: string;
  onFill: (values: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const complete = missing.every((name) => values[name]?.trim());

  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);

  return (
    <form
      ref={form}
      class="snippet-placeholders"
      aria-label={`Fill in before inserting ${snippetTitle}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onFill(values);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
    >
      <p class="snippet-placeholders-hint">Fill in before inserting:</p>
      {missing.map((name) => (
        <label key={name} class="snippet-placeholder">
          {placeholderLabel(name)}
          <input
            type="text"
            required
            value={values[name] ?? ''}
            onInput={(event) => setValues({ ...values, [name]: event.currentTarget.value })}
          />
        </label>
      ))}
      <button type="submit" disabled={!complete}>
        Insert
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
