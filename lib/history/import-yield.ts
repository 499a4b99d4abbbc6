/**
 * How long the import works before the page gets a turn. Well under the 50 ms of a long task:
 * the garbage collector may run within a slice, and on a loaded machine the operating system
 * stretches a slice's wall time several times over.
 */
export const SLICE_MS = 8;

/**
 * Gives the event loop a turn whenever the import has run for `budgetMs`, so the page keeps
 * painting and answering input. A message, not a timer: browsers throttle the timers of a
 * hidden tab to one a second, and an agent may well switch tabs while a big file imports. One
 * message channel serves every turn; `close` lets it go.
 */
export class TaskSlicer {
  private sliceStart = performance.now();
  private channel: MessageChannel | undefined;
  private waiting: (() => void)[] = [];

  constructor(private readonly budgetMs = SLICE_MS) {}

  /** Resolves at once while the slice has time left, else in a later task. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    await this.nextTask();
    this.sliceStart = performance.now();
  }

  close(): void {
    this.channel?.port1.close();
    this.channel = undefined;
  }

  private nextTask(): Promise<void> {
    if (!this.channel) {
      this.channel = new MessageChannel();
      this.channel.port1.onmessage = () => {
        const woken = this.waiting;
        this.waiting = [];
        woken.forEach((resolve) => resolve());
      };
    }
    const { port2 } = this.channel;
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      port2.postMessage(undefined);
    });
  }
}
