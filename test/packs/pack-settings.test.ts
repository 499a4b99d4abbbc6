import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  currentPackSettings,
  effectivePackSettings,
  localPackSettingsItem,
  packSettingsSchema,
  packUrlProblem,
} from '../../lib/packs/pack-settings';

const teamKey = 'm8Wq7dC4u2Vb9nK0sTz1xYpQ3rLfHgJe5aB6cD7eF8g=';
const local = {
  packUrls: ['https://packs.northwind.example/billing/pack.json'],
  trustedKeys: [teamKey],
  pollMinutes: 15,
};

beforeEach(() => fakeBrowser.reset());

test.each([
  ['https://packs.northwind.example/billing/pack.json', undefined],
  ['http://127.0.0.1:8787/pack.json', undefined],
  ['http://localhost:8787/pack.json', undefined],
  [
    'http://packs.northwind.example/pack.json',
    'pack URLs must start with https:// (http only for 127.0.0.1)',
  ],
  ['ftp://packs.northwind.example/pack.json', 'pack URLs must start with https:// (http only for 127.0.0.1)'],
  ['packs.northwind.example/pack.json', 'not a URL'],
])('packUrlProblem(%s)', (url, problem) => {
  expect(packUrlProblem(url)).toBe(problem);
});

test('the settings schema names the bad URL and the bad key', () => {
  const parsed = packSettingsSchema.safeParse({
    ...local,
    packUrls: ['http://evil.example/p.json'],
    trustedKeys: ['abc'],
  });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
    ['packUrls.0', 'pack URLs must start with https:// (http only for 127.0.0.1)'],
    ['trustedKeys.0', 'expected a base64 Ed25519 public key'],
  ]);
});

test.each([
  ['no policy: the local settings apply', {}, { ...local, managed: false }],
  [
    'a policy takes over all three settings, unset ones defaulted',
    { packUrls: ['https://cdn.northwind.example/support.json'] },
    {
      packUrls: ['https://cdn.northwind.example/support.json'],
      trustedKeys: [],
      pollMinutes: 15,
      managed: true,
    },
  ],
  [
    'a policy with only a poll interval still locks the lists',
    { pollMinutes: 5 },
    { packUrls: [], trustedKeys: [], pollMinutes: 5, managed: true },
  ],
])('%s', (_case, policy, expected) => {
  expect(effectivePackSettings(policy, local)).toEqual(expected);
});

test('currentPackSettings reads the policy from managed storage, or the local settings without one', async () => {
  await localPackSettingsItem.update(() => local);
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(
    new Error('Managed storage manifest not found'),
  );
  expect(await currentPackSettings()).toEqual({ ...local, managed: false });
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValueOnce({
    trustedKeys: [teamKey],
    pollMinutes: 30,
  } as never);
  expect(await currentPackSettings()).toEqual({
    packUrls: [],
    trustedKeys: [teamKey],
    pollMinutes: 30,
    managed: true,
  });
});
