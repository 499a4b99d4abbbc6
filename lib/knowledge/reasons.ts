import type { Snippet } from '../packs/snippet-schema';
import type { Channel } from '../ticket/fields';
import { channelLabels } from '../ticket/labels';
import type { SnippetField } from './indexed-snippet';

/** The most words one reason quotes, so a card's reason stays one short line. */
const MAX_QUOTED = 3;

export function quoted(words: readonly string[]): string {
  return words
    .slice(0, MAX_QUOTED)
    .map((word) => `'${word}'`)
    .join(', ');
}

export function termsReason(terms: readonly string[], where: string): string[] {
  return terms.length > 0 ? [`matches ${quoted(terms)} ${where}`] : [];
}

export function tagsReason(tags: readonly string[]): string[] {
  return tags.length > 0 ? [`tagged ${tags.slice(0, MAX_QUOTED).join(', ')} like the ticket`] : [];
}

export function productsReason(products: readonly string[]): string[] {
  return products.length > 0
    ? [`about ${products.slice(0, MAX_QUOTED).join(', ')}, named in the ticket`]
    : [];
}

export function channelReason(snippet: Snippet, channel: Channel): string[] {
  return snippet.channels.includes(channel) ? [`written for ${channelLabels[channel].toLowerCase()}`] : [];
}

export function localeFallbackReason(language: string, snippet: Snippet): string {
  return `no snippet in '${language}' fits, so this one is in '${snippet.locale}'`;
}

const fieldNames: Record<SnippetField, string> = {
  title: 'in the title',
  tags: 'in the tags',
  category: 'in the category',
  products: 'in the products',
  body: 'in the text',
};

const fieldOrder: SnippetField[] = ['title', 'tags', 'category', 'products', 'body'];

/** "matches 'refund' in the title": each matched word is reported in the strongest field it was found in. */
export function fieldsReasons(match: Record<string, string[]>): string[] {
  const byField = new Map<SnippetField, string[]>();
  for (const [term, fields] of Object.entries(match)) {
    const field = fieldOrder.find((candidate) => fields.includes(candidate));
    if (field) byField.set(field, [...(byField.get(field) ?? []), term]);
  }
  return fieldOrder.flatMap((field) => termsReason(byField.get(field) ?? [], fieldNames[field]));
}
