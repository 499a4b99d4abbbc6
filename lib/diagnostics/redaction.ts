import type { PageCorpus } from './page-corpus';
import { structuralWords } from './structural-words';

/** What replaces anything in a report that could be the customer's. */
export const REDACTED = '[redacted]';

/** Longer tokens are generated (hashes) or prose, never a name worth keeping. */
const MAX_TOKEN = 40;
/** A page word at least this long found inside a token ("quorvanebadge" holds "quorvane") redacts it. */
const MIN_CONTAINED_WORD = 5;

const emailPattern = /[^\s@"'<>()[\]]+@[^\s@"'<>()[\]]+\.[\p{L}\p{N}-]{2,}/gu;
/** Phone numbers as pages print them: `+1 415 555 0143`, `(415) 555-0143`, `+14155550143`. */
const phonePattern = /\+?\(?\d[\d\s().-]{5,}\d/g;
/** Four or more digits: order, account, card, ticket and record numbers. */
const digitRunPattern = /\d{4,}/g;
const tokenPattern = /[\p{L}\p{N}]+/gu;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/**
 * Turns the page's ids, classes and structural attribute values into text safe to hand to a
 * team lead. Applied to every string of the report that comes from the page:
 * - an email address, a phone number or a run of four or more digits is redacted wherever it is;
 * - each remaining word (a run of letters and digits, camelCase split) is redacted when it, or a
 *   part of it, is also page text (at least 3 characters, case-insensitively), or when it holds
 *   a page word of 5 or more letters, unless it is a structural word (structural-words.ts);
 * - words longer than 40 characters are redacted outright.
 */
export interface Redactor {
  /** An id, class, attribute value or attribute name with anything page-like replaced by `[redacted]`. */
  value(text: string): string;
  /** The URL's path with digit runs as `{n}` and record-id-like segments as `{id}`, then redacted as above. */
  path(pathname: string): string;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function createRedactor(corpus: PageCorpus): Redactor {
  const verdicts = new Map<string, boolean>();

  function containsPageWord(token: string): boolean {
    for (let start = 0; start + MIN_CONTAINED_WORD <= token.length; start++) {
      for (let end = start + MIN_CONTAINED_WORD; end <= token.length; end++) {
        const part = token.slice(start, end);
        if (corpus.hasWord(part) && !structuralWords.has(part)) return true;
      }
    }
    return false;
  }

  function judge(token: string): boolean {
    if (token.length > MAX_TOKEN) return true;
    const lower = token.toLowerCase();
    if (structuralWords.has(lower)) return false;
    if (lower.length >= 3 && corpus.hasFragment(lower)) return true;
    const parts = token.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u);
    for (const part of parts) {
      const partLower = part.toLowerCase();
      if (partLower.length >= 3 && !structuralWords.has(partLower) && corpus.hasFragment(partLower))
        return true;
    }
    return lower.length > MIN_CONTAINED_WORD && containsPageWord(lower);
  }

  function isPageLike(token: string): boolean {
    let verdict = verdicts.get(token);
    if (verdict === undefined) {
      verdict = judge(token);
      verdicts.set(token, verdict);
    }
    return verdict;
  }

  function redactWords(text: string): string {
    return text.replace(tokenPattern, (token) => (isPageLike(token) ? REDACTED : token));
  }

  function value(text: string): string {
    const masked = text
      .replace(emailPattern, REDACTED)
      .replace(phonePattern, (match) => (digitCount(match) >= 7 ? REDACTED : match))
      .replace(digitRunPattern, REDACTED);
    // `[redacted]` is made of a structural-looking word; protect it from a page that says "redacted".
    return masked.split(REDACTED).map(redactWords).join(REDACTED);
  }

  function path(pathname: string): string {
    return pathname
      .split('/')
      .map((raw) => {
        const segment = decoded(raw);
        if (segment.length >= 12 && /\d/.test(segment) && /^[A-Za-z0-9]+$/.test(segment)) return '{id}';
        const numbered = segment.replace(/\d+/g, '{n}');
        return numbered
          .split('{n}')
          .map((piece) => value(piece))
          .join('{n}');
      })
      .join('/');
  }

  return { value, path };
}
