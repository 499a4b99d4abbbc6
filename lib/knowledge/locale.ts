/** The language of a BCP 47 tag: "de-AT" → "de". Snippets are matched by language, not region. */
export function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}
