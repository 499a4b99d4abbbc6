import { SLICE_MS } from './import-yield';

/** A promise of a request's answer that never goes unhandled (whoever awaits it still sees a failure). */
function answerOf(request: IDBRequest): Promise<void> {
  const answer = new Promise<void>((resolve, reject) => {
    request.addEventListener('success', () => resolve());
    // Not prevented: the failed request still aborts the transaction.
    request.addEventListener('error', () =>
      reject(request.error ?? new DOMException('The request failed.', 'UnknownError')),
    );
  });
  answer.catch(() => undefined);
  return answer;
}

const pending = (request: IDBRequest | undefined): request is IDBRequest => request?.readyState === 'pending';

/**
 * Issues the requests of one transaction a slice of time at a time, so a write of any size
 * never holds the page for long. A transaction commits as soon as no request is pending at the
 * end of a task, so it cannot wait for a timer or a message: the page gets its turns while the
 * transaction waits for an answer instead, and a read of nothing is made when no request is
 * pending. Two slices are in flight at a time, so the database works through one while the next
 * is issued.
 *
 * Only a slice's last request is listened to: requests are answered in the order they were
 * made, and a failed one aborts the transaction, which fails every request still pending, the
 * one listened to included. Writes carry no promise or listener of their own (idb gives each
 * request a promise, two listeners and a cache entry), which matters at 160,000 writes.
 */
export class RequestPipeline {
  private sliceStart = performance.now();
  /** The newest request, and the one whose answer is listened to with its promise. */
  private latest: IDBRequest | undefined;
  private listened: { request: IDBRequest; answer: Promise<void> } | undefined;
  /** The last request of the slice before this one. */
  private previousSlice: { request: IDBRequest; answer: Promise<void> } | undefined;

  constructor(
    private readonly tx: IDBTransaction,
    private readonly budgetMs = SLICE_MS,
  ) {}

  put(store: string, value: unknown): void {
    this.latest = this.tx.objectStore(store).put(value);
  }

  /** Issues a read; `use` takes its result when it is answered, before any later request is. */
  read<T>(request: IDBRequest<T>, use: (result: T) => void): void {
    request.addEventListener('success', () => use(request.result));
    this.latest = request;
  }

  /**
   * Once the slice has run for its time, waits for the slice before it to be answered (or for
   * this one, when that one already is), so the page has had at least one turn and the
   * transaction is still active when the caller goes on.
   */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    const slice = this.listenToLatest();
    const previous = this.previousSlice;
    this.previousSlice = slice;
    await (pending(previous?.request) ? previous.answer : slice.answer);
    this.sliceStart = performance.now();
  }

  /** Waits until every request made so far is answered. */
  async drain(): Promise<void> {
    if (!pending(this.latest)) return;
    await this.listenToLatest().answer;
    this.sliceStart = performance.now();
  }

  private listenToLatest(): { request: IDBRequest; answer: Promise<void> } {
    // Nothing pending: a read of nothing keeps the transaction alive across the page's turn.
    if (!pending(this.latest)) this.latest = this.tx.objectStore(this.tx.objectStoreNames[0]!).count(0);
    if (this.listened?.request !== this.latest) {
      this.listened = { request: this.latest, answer: answerOf(this.latest) };
    }
    return this.listened;
  }
}
