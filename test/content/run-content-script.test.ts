import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { runContentScript } from '../../lib/content/run-content-script';
import { createPageReader } from '../../lib/helpdesks/page-reader';
import { applyOverrides } from '../../lib/helpdesks/rules/apply-rules';
import { zendesk } from '../../lib/helpdesks/zendesk';
import { helpdeskRulesItem } from '../../lib/settings/helpdesk-rules';
import { lowPriority } from '../builders/helpdesk-rules';

const html = readFileSync(join(import.meta.dirname, '../fixtures/zendesk/email-ticket.html'), 'utf8');
const url = /URL: (https:\/\/\S+)/.exec(html)![1]!;

let ctx: ContentScriptContext;
let sent: unknown[];

beforeEach(async () => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
  });
  ctx = new ContentScriptContext('zendesk');
  await runContentScript(
    ctx,
    createPageReader(() => [zendesk], applyOverrides),
  );
});

afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

test('tells the background which ticket is on screen', () => {
  expect(sent).toEqual([
    {
      name: 'pageRead',
      payload: expect.objectContaining({
        kind: 'ticket',
        snapshot: expect.objectContaining({ ticketId: '48213' }),
      }),
    },
  ]);
});

test('reads the page again when the packs’ rules change, without a reload', async () => {
  await helpdeskRulesItem.update(() => lowPriority);
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]).toMatchObject({
    payload: { snapshot: { priority: 'low' }, overrides: [{ field: 'priority', packName: 'Night shift' }] },
  });
});

test('answers an insert request from the extension, and ignores one from anyone else', async () => {
  const request = { name: 'insertReply', payload: { ticketId: '99999', text: 'Hello' } };
  const [fromPanel] = await fakeBrowser.runtime.onMessage.trigger(
    request,
    { id: fakeBrowser.runtime.id },
    () => undefined,
  );
  expect(fromPanel).toEqual({
    inserted: false,
    reason: 'the ticket on screen is no longer the one in the panel',
  });
  const [foreign] = await fakeBrowser.runtime.onMessage.trigger(
    request,
    { id: 'someone-else' },
    () => undefined,
  );
  expect(foreign).toBeUndefined();
  const [malformed] = await fakeBrowser.runtime.onMessage.trigger(
    { name: 'insertReply', payload: { ticketId: '' } },
    { id: fakeBrowser.runtime.id },
    () => undefined,
  );
  expect(malformed).toBeUndefined();
});

test('stops listening once its context is invalidated', async () => {
  ctx.abort();
  await helpdeskRulesItem.update(() => lowPriority);
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(sent).toHaveLength(1);
  expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
});
