/**
 * A long import gives the event loop a turn whenever it has run for `budgetMs`, so the page
 * keeps painting and answering input. A message, not a timer: browsers throttle the timers of
 * a hidden tab to one a second, and an agent may well switch tabs while a big file imports.
 */
export function taskSlicer(budgetMs = 20): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await nextTask();
    sliceStart = performance.now();
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}
