import type { DemoMessage, DemoSalesforceCase } from '../data';
import { h } from './dom';
import { minutesBefore, printedAge, printedDateTime } from './format';

/**
 * The case feed, newest first. What the customer and agents wrote becomes what Salesforce
 * would record for the Case's origin: emails for Email and Web cases; for a phone case the
 * agent's call log; for a chat case the chat transcript record. Internal notes are Chatter posts.
 */

const agentUserIds: Readonly<Record<string, string>> = {
  'Ana Gomez': '0055g00000Ab1XyAAJ',
  'Sam Patel': '0055g00000Ab2ZqAAJ',
  'Lena Fischer': '0055g00000Ab3WpAAJ',
};
const supportAddress = 'support@northwind.example';

interface FeedEntry {
  type: string;
  actor: string;
  actorHref: string;
  verb: string;
  at: number;
  body: string;
  email?: { from: string; to: string; subject: string };
}

function userHref(name: string): string {
  return `/lightning/r/User/${agentUserIds[name] ?? '0055g00000Ab9ZzAAJ'}/view`;
}

function entryFor(message: DemoMessage, caseRecord: DemoSalesforceCase, now: number): FeedEntry | undefined {
  const at = minutesBefore(now, message.minutesAgo);
  const contactHref = `/lightning/r/Contact/${caseRecord.contactRecordId}/view`;
  const emailed = caseRecord.origin === 'Email' || caseRecord.origin === 'Web';
  const subject = caseRecord.subject;
  if (message.author === 'internal') {
    return {
      type: 'TextPost',
      actor: message.name,
      actorHref: userHref(message.name),
      verb: '',
      at,
      body: message.body,
    };
  }
  if (message.author === 'customer' && emailed) {
    const from = `${message.name} <${caseRecord.customer.email ?? ''}>`;
    const email = { from, to: supportAddress, subject };
    return {
      type: 'EmailMessageEvent',
      actor: message.name,
      actorHref: contactHref,
      verb: 'sent an email',
      at,
      body: message.body,
      email,
    };
  }
  if (message.author === 'agent' && caseRecord.origin !== 'Chat') {
    const email = {
      from: `${message.name} <${supportAddress}>`,
      to: caseRecord.customer.email ?? '',
      subject: `RE: ${subject}`,
    };
    return {
      type: 'EmailMessageEvent',
      actor: message.name,
      actorHref: userHref(message.name),
      verb: 'sent an email',
      at,
      body: message.body,
      email,
    };
  }
  if (message.author === 'customer' && caseRecord.origin === 'Phone') {
    return {
      type: 'CallLogPost',
      actor: 'Ana Gomez',
      actorHref: userHref('Ana Gomez'),
      verb: 'logged a call',
      at,
      body: message.body,
    };
  }
  return undefined;
}

function chatTranscript(caseRecord: DemoSalesforceCase, now: number): FeedEntry | undefined {
  const lines = caseRecord.messages.filter((message) => message.author !== 'internal');
  const first = lines[0];
  if (caseRecord.origin !== 'Chat' || !first) return undefined;
  const agent = lines.find((message) => message.author === 'agent')?.name ?? 'Ana Gomez';
  const body = lines.map((message) => `${message.name}: ${message.body}`).join('\n');
  const at = minutesBefore(now, first.minutesAgo);
  return {
    type: 'CreateRecordEvent',
    actor: agent,
    actorHref: userHref(agent),
    verb: 'created a Chat Transcript.',
    at,
    body,
  };
}

function feedItem(entry: FeedEntry, now: number): HTMLElement {
  const header = h(
    'div',
    { class: 'slds-media__body forceChatterFeedItemHeader' },
    h(
      'div',
      { class: 'cuf-preamble' },
      h(
        'p',
        { class: 'preamble_left' },
        h('a', { class: 'cuf-entityLink', href: entry.actorHref }, entry.actor),
        ` ${entry.verb}`,
      ),
      h(
        'div',
        { class: 'preamble_right' },
        h(
          'a',
          { class: 'cuf-timestamp', href: '#', title: printedDateTime(entry.at) },
          printedAge(entry.at, now),
        ),
      ),
    ),
  );
  const body = entry.email
    ? h(
        'div',
        { class: 'cuf-feedBody' },
        h(
          'div',
          { class: 'emailMessageHeader' },
          `From: ${entry.email.from}`,
          h('br'),
          `To: ${entry.email.to}`,
        ),
        h('div', { class: 'emailMessageSubject' }, entry.email.subject),
        h('div', { class: 'emailMessageBody' }, entry.body),
      )
    : h('div', { class: 'cuf-feedBody' }, h('div', { class: 'cuf-feedBodyText' }, entry.body));
  return h(
    'div',
    { class: 'cuf-feedElementIterationItem slds-feed__item' },
    h('article', { class: 'cuf-feedItem forceChatterFeedItem', 'data-type': entry.type }, header, body),
  );
}

export function caseFeed(caseRecord: DemoSalesforceCase, now: number): HTMLElement {
  const entries = [
    ...caseRecord.messages.map((message) => entryFor(message, caseRecord, now)),
    chatTranscript(caseRecord, now),
  ].filter((entry): entry is FeedEntry => entry !== undefined);
  entries.sort((a, b) => b.at - a.at);
  // The Email action is open, as agents keep it while working a case: Quill inside lightning-input-rich-text.
  const emailComposer = h(
    'div',
    { class: 'cuf-publisherEmail', 'data-target-selection-name': 'sfdc:QuickAction.Case.SendEmail' },
    h('p', { class: 'cuf-publisherEmailTo' }, `To: ${caseRecord.customer.email ?? caseRecord.customer.name}`),
    h(
      'lightning-input-rich-text',
      { class: 'slds-rich-text-editor' },
      h(
        'div',
        { class: 'slds-rich-text-editor__textarea slds-grid' },
        h('div', {
          class: 'ql-editor slds-rich-text-area__content',
          contenteditable: 'true',
          role: 'textbox',
          'aria-label': 'Email body',
          'aria-multiline': 'true',
        }),
      ),
    ),
    h('button', { class: 'slds-button slds-button_brand', type: 'button' }, 'Send'),
  );
  const publisher = h(
    'div',
    { class: 'cuf-feedPublisher cuf-publisher' },
    ...['Email', 'Post', 'Log a Call'].map((action) =>
      h('button', { class: 'slds-button slds-button_neutral', type: 'button' }, action),
    ),
    emailComposer,
  );
  return h(
    'div',
    { class: 'forceChatterFeed cuf-feed' },
    publisher,
    h('div', { class: 'feed-container', role: 'feed' }, ...entries.map((entry) => feedItem(entry, now))),
  );
}
