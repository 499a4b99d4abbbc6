interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the panel handle input and paint before the next slice of work. `scheduler.yield`
 * (Chrome 129+) resumes ahead of other queued tasks; `setTimeout` is the fallback elsewhere.
 */
export function yieldToPanel(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: Scheduler };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
