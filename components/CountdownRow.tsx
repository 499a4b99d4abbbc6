import type { Countdown } from '../lib/standards/countdown';
import {
  breachedAgoText,
  dueText,
  durationText,
  elapsedText,
  metricLabels,
  pausedUntilText,
  timeLeftText,
  type InstantWording,
} from '../lib/standards/format';
import { statusLabels } from '../lib/ticket/labels';
import { CountdownStateIcon } from './CountdownStateIcon';

const approximateExplanation =
  'The page did not show when this began, so the clock started when Touchpoint first saw the ticket.';

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The state in words: the icon and colour only repeat it. */
function stateText(countdown: Countdown, wording: InstantWording): string {
  switch (countdown.state) {
    case 'met':
      return 'Met';
    case 'breached':
      return sentence(breachedAgoText(countdown.breachedForMs ?? 0));
    case 'warning':
      return 'Due soon';
    case 'paused':
      if (countdown.pausedByStatus) return `Paused while ${statusLabels[countdown.pausedByStatus]}`;
      return countdown.pausedUntil === undefined
        ? 'Paused'
        : sentence(pausedUntilText(Date.parse(countdown.pausedUntil), wording));
    case 'on-track':
      return countdown.kind === 'discretion' ? 'At your discretion' : 'On track';
  }
}

/**
 * Business time left, the main figure, and beside it the wall-clock time to the deadline when
 * that reads differently (a deadline across a night or weekend), as Zendesk's badge counts.
 * A clock paused by the ticket's status shows no figure: it would count time it should not.
 */
function timeFigures(countdown: Countdown): { main?: string; onTheClock?: string } {
  if (countdown.kind === 'discretion') {
    return countdown.state === 'met'
      ? {}
      : { main: `${elapsedText(countdown.elapsedMs)} · aim for ${durationText(countdown.targetMs)}` };
  }
  if (countdown.state !== 'on-track' && countdown.state !== 'warning' && countdown.state !== 'paused')
    return {};
  if (countdown.pausedByStatus) return {};
  const main = timeLeftText(countdown.businessMsLeft);
  const onTheClock = durationText(countdown.calendarMsLeft);
  return onTheClock === durationText(countdown.businessMsLeft) ? { main } : { main, onTheClock };
}

/** One target of the standard: what it is, how it stands, and how long is left. */
export function CountdownRow({ countdown, wording }: { countdown: Countdown; wording: InstantWording }) {
  const { main, onTheClock } = timeFigures(countdown);
  const showsDue = countdown.state !== 'met' && countdown.kind !== 'discretion';
  return (
    <li class={`countdown countdown-${countdown.state}`}>
      <span class="countdown-metric">{metricLabels[countdown.metric]}</span>
      <span class="countdown-state">
        <CountdownStateIcon state={countdown.state} />
        {stateText(countdown, wording)}
      </span>
      {main && <span class="countdown-left">{main}</span>}
      {onTheClock && (
        <span class="countdown-on-the-clock" title="Wall-clock time to the deadline, counting closed hours">
          {onTheClock} on the clock
        </span>
      )}
      {showsDue && <span class="countdown-due">{dueText(Date.parse(countdown.dueAt), wording)}</span>}
      {countdown.approximate && (
        <span class="countdown-approximate" title={approximateExplanation}>
          <span aria-hidden="true">≈ </span>
          Approximate
          <span class="visually-hidden">: {approximateExplanation}</span>
        </span>
      )}
    </li>
  );
}
