import type { CountdownState } from '../lib/standards/countdown';

// 24×24 outline paths in currentColor, so each icon takes its state's colour and the theme.
const paths: Record<CountdownState, string> = {
  'on-track': 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 7v5l3 2',
  warning: 'M12 3l10 18H2z M12 10v5 M12 18h.01',
  breached: 'M8 3h8l5 5v8l-5 5H8l-5-5V8z M9 9l6 6 M15 9l-6 6',
  met: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M8 12l3 3 5-6',
  paused: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M10 8v8 M14 8v8',
};

/** Decorative: the state is always written out beside it, and its shape differs by state. */
export function CountdownStateIcon({ state }: { state: CountdownState }) {
  return (
    <svg
      class="countdown-icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[state]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
