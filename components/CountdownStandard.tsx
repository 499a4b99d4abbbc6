import type { CustomerFacts } from '../lib/conditions/evaluate';
import type { Calendar } from '../lib/packs/calendar-schema';
import type { Standard } from '../lib/packs/standards-schema';
import { countdownsFor } from '../lib/standards/countdown';
import type { InstantWording } from '../lib/standards/format';
import type { TicketSnapshot } from '../lib/ticket/snapshot';
import { CountdownCharter } from './CountdownCharter';
import { CountdownRow } from './CountdownRow';

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const kindLabels: Record<Standard['kind'], string> = {
  rigid: 'Hard deadline',
  flexible: 'Deadline with guidance',
  discretion: 'At your discretion',
};

export interface CountdownStandardProps {
  ticket: TicketSnapshot;
  /** The loaded standards, in the order they are tried. */
  standards: readonly Standard[];
  calendars: readonly Calendar[];
  /** When Touchpoint first saw the ticket (ISO 8601), for clocks the page gives no start for. */
  firstSeenAt: string;
  customer?: CustomerFacts;
  /** The agent's locale and zone; the browser's when absent. */
  locale?: string;
  agentTimeZone?: string;
}

/**
 * The response standard that applies to the ticket and its countdowns at the instant `now`,
 * most urgent first. It keeps no clock of its own: CountdownList gives it one.
 */
export function CountdownStandard(props: CountdownStandardProps & { now: number }) {
  const { now } = props;
  if (props.standards.length === 0) {
    return <p class="section-empty">No response standards are loaded.</p>;
  }
  const { standard, countdowns, missingCalendarId } = countdownsFor(props);
  if (!standard) {
    return <p class="section-empty">No response standard applies to this ticket.</p>;
  }
  const agentTimeZone = props.agentTimeZone ?? browserTimeZone;
  const calendarZone = props.calendars.find((calendar) => calendar.id === standard.calendarId)?.timeZone;
  const wording: InstantWording = {
    timeZone: calendarZone ?? agentTimeZone,
    locale: props.locale,
    now,
    showZone: calendarZone !== undefined && calendarZone !== agentTimeZone,
  };
  return (
    <div class="countdowns">
      <h3 class="countdown-standard">{standard.name}</h3>
      <p class="countdown-standard-kind">{kindLabels[standard.kind]}</p>
      {missingCalendarId !== undefined && (
        <p class="section-empty">
          This standard counts business hours on the calendar “{missingCalendarId}”, which no loaded pack
          provides, so its times cannot be shown.
        </p>
      )}
      {countdowns.length === 0 && missingCalendarId === undefined && (
        <p class="section-empty">No target of this standard is running on this ticket.</p>
      )}
      {countdowns.length > 0 && (
        <ul class="countdown-list" aria-label={`${standard.name} targets, most urgent first`}>
          {countdowns.map((countdown) => (
            <CountdownRow key={countdown.metric} countdown={countdown} wording={wording} />
          ))}
        </ul>
      )}
      <CountdownCharter
        standard={standard}
        isOverdue={countdowns.some((countdown) => countdown.state === 'breached')}
      />
    </div>
  );
}
