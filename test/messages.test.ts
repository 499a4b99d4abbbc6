import { describe, expect, expectTypeOf, test } from 'vitest';

import { contentToBackground, parseMessage, type ContentToBackground, type Handlers } from '../lib/messages';
import type { PageReading } from '../lib/ticket/page-reading';
import { ticketReading } from './builders/ticket';

describe('parseMessage', () => {
  test('accepts a well-formed message', () => {
    const parsed = parseMessage(contentToBackground, { name: 'pageRead', payload: ticketReading() });
    expect(parsed).toEqual({ ok: true, message: { name: 'pageRead', payload: ticketReading() } });
  });

  test.each([
    ['not an object', 42, 'not a Touchpoint message envelope'],
    [
      'extra envelope fields',
      { name: 'pageRead', payload: {}, sneaky: true },
      'not a Touchpoint message envelope',
    ],
    ['an unknown name', { name: 'eval', payload: {} }, 'unknown message "eval"'],
    ['a name from Object.prototype', { name: 'constructor', payload: {} }, 'unknown message "constructor"'],
    [
      'a bad field deep inside',
      { name: 'pageRead', payload: ticketReading({ helpdesk: '' }) },
      'pageRead: snapshot.helpdesk',
    ],
  ])('rejects %s, naming why', (_case, raw, reason) => {
    const parsed = parseMessage(contentToBackground, raw);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

test('types: each message carries its payload, and handlers must cover every message', () => {
  expectTypeOf<ContentToBackground>().toEqualTypeOf<{ name: 'pageRead'; payload: PageReading }>();
  expectTypeOf<keyof Handlers<typeof contentToBackground, unknown>>().toEqualTypeOf<'pageRead'>();
});
