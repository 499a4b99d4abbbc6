/**
 * Entries by two keys (helpdesk and ticket, pack and snippet) in nested maps: a joined string key
 * would allocate and hash a new string per event, the bulk of the cost over a year of events.
 */
export class ByTwoKeys<T> {
  readonly #outer = new Map<string, Map<string, T>>();

  get(first: string, second: string): T | undefined {
    return this.#outer.get(first)?.get(second);
  }

  set(first: string, second: string, value: T): void {
    let inner = this.#outer.get(first);
    if (!inner) {
      inner = new Map();
      this.#outer.set(first, inner);
    }
    inner.set(second, value);
  }

  get size(): number {
    let size = 0;
    for (const inner of this.#outer.values()) size += inner.size;
    return size;
  }

  *values(): IterableIterator<T> {
    for (const inner of this.#outer.values()) yield* inner.values();
  }
}
