import { openActivity, type ActivityDb } from './activity-db';

let opened: Promise<ActivityDb> | undefined;

/** The activity database, opened once per service-worker life; the background is its only writer. */
export function activityDb(): Promise<ActivityDb> {
  opened ??= openActivity();
  return opened;
}
