import type { Standard } from '../lib/packs/standards-schema';

const summaries: Record<Standard['kind'], string> = {
  rigid: 'The standard',
  flexible: 'Guidance: when discretion is allowed',
  discretion: 'Guidance',
};

/**
 * The standard's charter, on demand. A flexible standard opens it by itself once a target is
 * overdue, because that is when the agent needs its guidance; after that the agent decides.
 */
export function CountdownCharter({ standard, isOverdue }: { standard: Standard; isOverdue: boolean }) {
  if (!standard.charter.trim()) return null;
  return (
    <details class="countdown-charter" open={standard.kind === 'flexible' && isOverdue}>
      <summary>{summaries[standard.kind]}</summary>
      <p class="countdown-charter-text">{standard.charter}</p>
    </details>
  );
}
