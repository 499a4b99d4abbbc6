import type { Snippet } from '../packs/snippet-schema';

/** One suggestion: the snippet, how well it fits (higher is better) and why, in words shown on its card. */
export interface Ranked {
  snippet: Snippet;
  score: number;
  reasons: string[];
}
