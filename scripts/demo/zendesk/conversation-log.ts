import type { DemoMessage, DemoZendeskTicket } from '../data';
import type { DemoClock } from './clock';
import { element } from './dom';

/** Channels whose tabs and logs Zendesk draws as a conversation rather than as email. */
export function isConversation(ticket: DemoZendeskTicket): boolean {
  return ticket.via === 'WhatsApp' || ticket.via === 'Chat';
}

const logTypes = { customer: 'end-user', agent: 'agent', bot: 'bot', internal: 'internal' } as const;

/** Email and web-form bodies are HTML paragraphs; the blank lines between keep them apart as text. */
function emailBody(body: string): HTMLElement {
  const comment = element('div', { class: 'zd-comment', dir: 'auto' });
  body.split('\n\n').forEach((paragraph, index) => {
    if (index > 0) comment.append('\n\n');
    const lines = paragraph
      .split('\n')
      .flatMap((line, lineIndex) => (lineIndex > 0 ? [element('br'), '\n', line] : [line]));
    comment.append(element('p', {}, ...lines));
  });
  return comment;
}

export function logItem(
  ticket: DemoZendeskTicket,
  message: DemoMessage,
  index: number,
  clock: DemoClock,
): HTMLElement {
  const conversation = isConversation(ticket);
  const internal = message.author === 'internal';
  const shown = conversation ? clock.clockTime(message.minutesAgo) : clock.relative(message.minutesAgo);
  return element(
    'article',
    {
      'data-test-id': 'omni-log-comment-item',
      id: `comment-${ticket.id}${String(index).padStart(4, '0')}`,
      class: `log-item log-item-${logTypes[message.author]}`,
      'aria-label': `${internal ? 'Internal note' : 'Message'} from ${message.name}, via ${ticket.via}, ${shown}`,
    },
    element(
      'div',
      { 'data-test-id': 'omni-log-item-message', type: logTypes[message.author] },
      element(
        'div',
        { 'data-test-id': 'omni-log-item-header', class: 'log-item-header' },
        element(
          'span',
          { 'data-test-id': 'omni-log-avatar', class: 'avatar', 'aria-hidden': 'true' },
          message.name.slice(0, 1),
        ),
        element('span', { 'data-test-id': 'omni-log-comment-user-link', class: 'sender' }, message.name),
        message.author === 'agent' &&
          element('span', { 'data-test-id': 'omni-log-avatar-badge-AgentBadge', class: 'badge' }, 'Agent'),
        message.author === 'bot' &&
          element('span', { 'data-test-id': 'omni-log-avatar-badge-BotBadge', class: 'badge' }, 'Bot'),
        element(
          'time',
          {
            'data-test-id': conversation ? 'timestamp-absolute' : 'timestamp-relative',
            datetime: clock.instant(message.minutesAgo),
            title: clock.full(message.minutesAgo),
          },
          shown,
        ),
      ),
      internal &&
        element(
          'div',
          { 'data-test-id': 'omni-log-internal-note-tag', class: 'internal-tag' },
          'Internal note',
        ),
      element(
        'div',
        { 'data-test-id': 'omni-log-message-content', class: 'log-item-content' },
        conversation || ticket.via === 'Phone call (incoming)'
          ? element('span', { 'data-test-id': 'omni-log-message-text', dir: 'auto' }, message.body)
          : emailBody(message.body),
      ),
    ),
  );
}
