import type { Snippet } from '../lib/packs/snippet-schema';
import { loadDemoSnippets } from '../test/knowledge/demo-snippets';

const PACK_SIZE = 10_000;

/** A deterministic pseudo-random sequence, so every run indexes the same pack. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const syllables = [
  'ka',
  'lo',
  'mer',
  'vin',
  'to',
  'sa',
  'rek',
  'di',
  'an',
  'por',
  'lu',
  'ne',
  'ste',
  'gra',
  'fi',
];

/**
 * Words drawn as in real text (Zipf's law: the n-th commonest word appears about 1/n as often as
 * the commonest): the demo pack's own words first, then 4,000 made-up ones standing for the
 * product names, places and jargon a large pack accumulates.
 */
function wordSource(templates: readonly Snippet[], random: () => number): () => string {
  const demoWords = new Set(
    templates.flatMap((snippet) => snippet.body.toLowerCase().match(/\p{L}{3,}/gu) ?? []),
  );
  const madeUp = Array.from({ length: 4000 }, () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join(''),
  );
  const vocabulary = [...demoWords, ...madeUp];
  const cumulative: number[] = [];
  vocabulary.reduce((sum, _, rank) => {
    cumulative.push(sum + 1 / (rank + 1));
    return sum + 1 / (rank + 1);
  }, 0);
  const total = cumulative.at(-1)!;
  return () => {
    const target = random() * total;
    let low = 0;
    for (let high = cumulative.length - 1; low < high;) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
}

/** 10,000 snippets made from the demo pack's, each with its own title words, tag and closing paragraph. */
export function generatePack(size = PACK_SIZE): Snippet[] {
  const templates = loadDemoSnippets();
  const random = sequence(42);
  const word = wordSource(templates, random);
  return Array.from({ length: size }, (_, position) => {
    const template = templates[position % templates.length]!;
    const paragraph = Array.from({ length: 30 }, word).join(' ');
    return {
      ...template,
      id: `${template.id}-${position}`,
      title: `${template.title}: ${word()} ${word()}`,
      body: `${template.body}\n\n${paragraph}.`,
      tags: [...template.tags, word()],
    };
  });
}
