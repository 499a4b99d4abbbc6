import { CountdownStandard, type CountdownStandardProps } from './CountdownStandard';
import { useNow } from './use-ticker';

export type CountdownListProps = CountdownStandardProps;

/**
 * Live countdowns to the response standard that applies to the ticket. The one-second clock
 * lives here, so a tick re-renders the countdowns and nothing else in the panel.
 */
export function CountdownList(props: CountdownListProps) {
  const now = useNow(1000);
  return <CountdownStandard {...props} now={now} />;
}
