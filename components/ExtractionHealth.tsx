import type { HelpdeskHealth, HealthField } from '../lib/hub/extraction-health';
import { healthFields } from '../lib/hub/extraction-health';

const fieldLabels: Record<HealthField, string> = {
  subject: 'Subject',
  requester: 'Requester',
  priority: 'Priority',
  status: 'Status',
  tags: 'Tags',
  createdAt: 'Created time',
  latestCustomerMessage: 'Latest customer message',
};

function percent(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)} %`;
}

function tickets(count: number): string {
  return count === 1 ? '1 ticket' : `${count} tickets`;
}

/**
 * How often each field was read from each helpdesk's tickets, today against the week before, so
 * a helpdesk page that changed shows as a falling number (marked in words, not only colour).
 */
export function ExtractionHealth({
  health,
  helpdeskName,
}: {
  health: readonly HelpdeskHealth[];
  helpdeskName: (id: string) => string;
}) {
  if (health.length === 0) {
    return <p class="settings-help">No helpdesk ticket has been read in this browser in the last 14 days.</p>;
  }
  return (
    <>
      {health.map(({ helpdesk, today, earlier, falling }) => (
        <table class="health-table" key={helpdesk}>
          <caption>
            {helpdeskName(helpdesk)}: {tickets(today.tickets)} read today, {tickets(earlier.tickets)} in the 7
            days before
            {today.unreadable > 0 && `; ${today.unreadable} unreadable page readings today`}
            {falling.length > 0 && (
              <strong class="health-falling-summary">
                {' '}
                — reading is falling for {falling.map((field) => fieldLabels[field].toLowerCase()).join(', ')}
              </strong>
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Today</th>
              <th scope="col">7 days before</th>
            </tr>
          </thead>
          <tbody>
            {healthFields.map((field) => (
              <tr key={field} class={falling.includes(field) ? 'health-falling' : undefined}>
                <th scope="row">{fieldLabels[field]}</th>
                <td>
                  {percent(today.rates?.[field])}
                  {falling.includes(field) && ' ↓ falling'}
                </td>
                <td>{percent(earlier.rates?.[field])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
