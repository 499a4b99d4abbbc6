import { useEffect, useState } from 'preact/hooks';

/**
 * The clock, re-read every `intervalMs` on the whole interval (every whole second for 1000), so
 * every figure on screen changes together, the way a wall clock does. Only the component that
 * calls it re-renders on a tick: keep it in the smallest component that shows a live time.
 */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const scheduleNextTick = () => {
      timer = setTimeout(
        () => {
          setNow(Date.now());
          scheduleNextTick();
        },
        intervalMs - (Date.now() % intervalMs),
      );
    };
    scheduleNextTick();
    return () => clearTimeout(timer);
  }, [intervalMs]);
  return now;
}
