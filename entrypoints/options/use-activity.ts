import { useEffect, useState } from 'preact/hooks';

import { openActivity } from '../../lib/activity/activity-db';
import type { ActivityEvent } from '../../lib/activity/activity-event';
import { ACTIVITY_RETENTION_MS, activityBetween } from '../../lib/activity/event-log';
import { standardOutcomes } from '../../lib/activity/outcome-recorder';
import type { StandardOutcome } from '../../lib/activity/standard-outcome';

export interface Activity {
  /** The whole retained log: the stale-content report looks back as far as it goes. */
  events: ActivityEvent[];
  outcomes: StandardOutcome[];
  readAt: number;
}

async function readActivity(): Promise<Activity> {
  const db = await openActivity();
  try {
    const now = Date.now();
    const [events, outcomes] = await Promise.all([
      activityBetween(db, now - ACTIVITY_RETENTION_MS, now + 60_000),
      standardOutcomes(db),
    ]);
    return { events, outcomes, readAt: now };
  } finally {
    db.close();
  }
}

/** The activity log and outcomes, read on opening and again every minute while the page is open. */
export function useActivity(): Activity | undefined {
  const [activity, setActivity] = useState<Activity>();
  useEffect(() => {
    let current = true;
    const read = () =>
      readActivity().then(
        (read) => {
          if (current) setActivity(read);
        },
        (error: unknown) => console.error('Touchpoint: could not read the activity log:', error),
      );
    void read();
    const timer = setInterval(() => void read(), 60_000);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, []);
  return activity;
}
