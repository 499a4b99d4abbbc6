import type { TicketSnapshot } from '../ticket/snapshot';
import type { Interaction } from './schema';

const HOUR = 60 * 60 * 1000;
/** How recent an earlier contact must be for this ticket to continue it. */
export const CONTINUATION_WINDOW = 7 * 24 * HOUR;

export interface Continuation {
  interaction: Interaction;
  /** The matter both contacts are about, as the banner names it: "refund". */
  reason: string;
}

// Words that say nothing about what a ticket is about.
const stopWords = new Set(
  "the and for with from your our you not but are was has have had this that about after before into since still again just please help need want can cannot can't question issue problem request re fw fwd urgent hello thanks call callback".split(
    ' ',
  ),
);

function matterWord(word: string): string {
  // "refunds" and "refund" are one matter; "address" and "status" are not plurals.
  return word.length > 4 && word.endsWith('s') && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

function subjectWords(subject: string): string[] {
  return (subject.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [])
    .filter((word) => word.length >= 3 && !stopWords.has(word))
    .map(matterWord);
}

function tagWords(tags: string[]): string[] {
  return tags.map((tag) => tag.toLowerCase());
}

/**
 * What two contacts share, best first: a subject word that is also a shared tag ("refund"),
 * then any shared subject word, then any shared tag.
 */
export function sharedMatter(
  ticket: Pick<TicketSnapshot, 'subject' | 'tags'>,
  earlier: Interaction,
): string | undefined {
  const earlierWords = new Set(subjectWords(earlier.subject));
  const sharedWords = subjectWords(ticket.subject).filter((word) => earlierWords.has(word));
  const earlierTags = new Set(tagWords(earlier.tags));
  const sharedTags = tagWords(ticket.tags).filter((tag) => earlierTags.has(tag));
  const tagged = sharedWords.find((word) => sharedTags.some((tag) => matterWord(tag) === word));
  const matter = tagged ?? sharedWords[0] ?? sharedTags[0];
  return matter?.replace(/[_-]+/g, ' ');
}

/**
 * The recent contact on another channel or helpdesk that this ticket continues, if any: the
 * newest one within the window that shares its matter. `earlier` is newest first.
 */
export function findContinuation(
  ticket: TicketSnapshot,
  earlier: Interaction[],
  now: number,
): Continuation | undefined {
  for (const interaction of earlier) {
    if (now - interaction.updatedAt > CONTINUATION_WINDOW) return undefined;
    const elsewhere = interaction.channel !== ticket.channel || interaction.helpdesk !== ticket.helpdesk;
    const reason = elsewhere ? sharedMatter(ticket, interaction) : undefined;
    if (reason) return { interaction, reason };
  }
  return undefined;
}
