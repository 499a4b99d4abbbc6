import { readFileSync } from 'node:fs';

import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { publishHelpdeskRules, registerDeclaredHelpdesks } from '../../lib/hub/helpdesk-rules-service';
import { installedPacksItem, type InstalledPack } from '../../lib/packs/installed-packs';
import { parsePack } from '../../lib/packs/index';
import { helpdeskRulesItem } from '../../lib/settings/helpdesk-rules';

const DECLARED_SCRIPT = 'content-scripts/declared-helpdesk.js';

function installed(file: string): InstalledPack {
  const parsed = parsePack(JSON.parse(readFileSync(`test/fixtures/packs/${file}`, 'utf8')));
  if (!parsed.ok)
    throw new Error(
      `fixture ${file} does not parse: ${parsed.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`,
    );
  return { pack: parsed.pack, source: { kind: 'file', fileName: file }, installedAt: 0 };
}

/** The browser's answers about permissions and scripts; `granted` lists the allowed origins. */
function browserWith(granted: string[]) {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins = [] }) =>
    origins.every((origin) => granted.includes(origin))) as never);
  const registered: { id: string }[] = [];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => [
    ...registered,
  ]) as never);
  const unregister = vi
    .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
    .mockImplementation((async () => registered.splice(0)) as never);
  const register = vi
    .spyOn(fakeBrowser.scripting, 'registerContentScripts')
    .mockImplementation((async (scripts: { id: string }[]) => registered.push(...scripts)) as never);
  const inject = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((async () => []) as never);
  return { register, unregister, inject, registered };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('the packs’ overrides and declared helpdesks are published for the content scripts, first pack by name winning', async () => {
  browserWith([]);
  await installedPacksItem.update(() => ({
    'acme-support': installed('acme-desk.pack.json'),
    'northwind-zendesk-fixes': installed('northwind-zendesk-fixes.pack.json'),
  }));
  await publishHelpdeskRules();
  const rules = await helpdeskRulesItem.get();
  expect(rules.declared.map((declared) => [declared.id, declared.packName])).toEqual([
    ['acme-desk', 'Acme Outdoor support'],
  ]);
  expect(rules.overrides.map((override) => [override.helpdesk, Object.keys(override.fields)])).toEqual([
    ['zendesk', expect.arrayContaining(['priority'])],
  ]);
});

test('a declared helpdesk gets no content script until the agent allows its origin', async () => {
  const { register, registered } = browserWith([]);
  await installedPacksItem.update(() => ({ 'acme-support': installed('acme-desk.pack.json') }));
  await publishHelpdeskRules();
  expect(register).not.toHaveBeenCalled();
  expect(registered).toEqual([]);
});

test('once allowed, the declared script is registered for exactly that origin and injected into its open tabs', async () => {
  const granted: string[] = [];
  const { register, inject } = browserWith(granted);
  await installedPacksItem.update(() => ({ 'acme-support': installed('acme-desk.pack.json') }));
  await publishHelpdeskRules();
  const tab = await fakeBrowser.tabs.create({ url: 'https://desk.acme.example/tickets/8812' });
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab]) as never);

  granted.push('https://desk.acme.example/*');
  await registerDeclaredHelpdesks(await helpdeskRulesItem.get());
  expect(register).toHaveBeenCalledWith([
    expect.objectContaining({ matches: ['https://desk.acme.example/*'], js: [DECLARED_SCRIPT] }),
  ]);
  expect(query).toHaveBeenCalledWith({ url: ['https://desk.acme.example/*'] });
  expect(inject).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [DECLARED_SCRIPT] });
});

test('a pack update declaring a helpdesk on an origin already allowed reaches its open tabs too', async () => {
  const { inject } = browserWith(['https://desk.acme.example/*']);
  const tab = await fakeBrowser.tabs.create({ url: 'https://desk.acme.example/tickets/8812' });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab]) as never);
  await installedPacksItem.update(() => ({ 'acme-support': installed('acme-desk.pack.json') }));
  await publishHelpdeskRules();
  expect(inject).toHaveBeenCalledExactlyOnceWith({ target: { tabId: tab.id }, files: [DECLARED_SCRIPT] });
});

test('registering again for the same origins (a later pack update, a restart) injects nothing twice', async () => {
  const { register, inject } = browserWith(['https://desk.acme.example/*']);
  const tab = await fakeBrowser.tabs.create({ url: 'https://desk.acme.example/tickets/8812' });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab]) as never);
  await installedPacksItem.update(() => ({ 'acme-support': installed('acme-desk.pack.json') }));
  await publishHelpdeskRules();
  await publishHelpdeskRules();
  expect(register).toHaveBeenCalledTimes(2);
  expect(inject).toHaveBeenCalledTimes(1);
});

test('a pack update that drops the declared helpdesk unregisters its script', async () => {
  const { registered, unregister } = browserWith(['https://desk.acme.example/*']);
  await installedPacksItem.update(() => ({ 'acme-support': installed('acme-desk.pack.json') }));
  await publishHelpdeskRules();
  expect(registered).toHaveLength(1);
  await installedPacksItem.update(() => ({}));
  await publishHelpdeskRules();
  expect(unregister).toHaveBeenCalled();
  expect(registered).toEqual([]);
  expect(await helpdeskRulesItem.get()).toEqual({ overrides: [], declared: [] });
});
