// @vitest-environment node
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { parsePackText } from '../../lib/packs/parse';
import { buildCommand } from '../../scripts/pack/build';
import { initPackFolder } from '../../scripts/pack/init';
import { validateCommand } from '../../scripts/pack/validate';
import { capturedIo, temporaryFolders } from '../fixtures/packs/temp-folder';

const tempFolder = temporaryFolders();

/** A starter pack as `pack init billing-team` creates it, inside a fresh temporary folder. */
async function starterPack(): Promise<{ root: string; folder: string }> {
  const root = await tempFolder();
  const folder = join(root, 'billing-team');
  await initPackFolder(folder);
  return { root, folder };
}

async function edit(folder: string, file: string, from: string, to: string): Promise<void> {
  const path = join(folder, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  await writeFile(path, text.replace(from, to));
}

describe('init, build and validate', () => {
  test('a starter pack builds, and the built pack validates', async () => {
    const { root } = await starterPack();
    const io = capturedIo(root);

    expect(await buildCommand.run(['billing-team', '--out', 'out/billing-team.json'], io)).toBe(0);
    expect(io.output).toEqual([
      `built ${join(root, 'out/billing-team.json')}: Billing Team v1: 2 snippets (1 locale), 1 offer, 2 standards, 1 calendar`,
    ]);
    const built = parsePackText(await readFile(join(root, 'out/billing-team.json')));
    expect(built.ok && built.pack).toMatchObject({
      id: 'billing-team',
      publisher: 'Billing Team team lead',
      snippets: [
        { id: 'password-reset-en', body: expect.stringMatching(/^Hi \{\{requester\.firstName/) },
        { id: 'refund-timeline-en', channels: ['email', 'chat'] },
      ],
    });

    expect(await validateCommand.run(['out/billing-team.json'], io)).toBe(0);
    expect(await validateCommand.run(['billing-team'], io)).toBe(0);
    expect(io.output.slice(1)).toEqual([
      'OK: Billing Team v1: 2 snippets (1 locale), 1 offer, 2 standards, 1 calendar',
      'OK: Billing Team v1: 2 snippets (1 locale), 1 offer, 2 standards, 1 calendar',
    ]);
    expect(io.errors).toEqual([]);
  });

  test('keeps a publication time given in pack.yaml', async () => {
    const { root, folder } = await starterPack();
    await edit(folder, 'pack.yaml', 'version: 1', "version: 1\npublishedAt: '2026-12-01T08:00:00Z'");
    await buildCommand.run(['billing-team'], capturedIo(root));
    expect(JSON.parse(await readFile(join(root, 'pack.json'), 'utf8'))).toMatchObject({
      publishedAt: '2026-12-01T08:00:00Z',
    });
  });

  test('reads a section written as JSON', async () => {
    const { root, folder } = await starterPack();
    await rm(join(folder, 'products.yaml'));
    await writeFile(
      join(folder, 'products.json'),
      JSON.stringify([
        { id: 'standard-plan', name: 'Standard plan' },
        { id: 'premium-plan', name: 'Premium' },
      ]),
    );
    expect(await buildCommand.run(['billing-team'], capturedIo(root))).toBe(0);
  });
});

describe('build errors point at the file and line where the team lead wrote them', () => {
  test.each([
    {
      mistake: 'a locale spelt out',
      change: (folder: string) =>
        edit(folder, 'snippets/billing/refund-timeline.en.md', 'locale: en', 'locale: english'),
      expected: [
        'snippets/billing/refund-timeline.en.md:8: locale: expected a BCP 47 tag such as "en" or "en-GB", got "english"',
      ],
    },
    {
      mistake: 'a duration in words',
      change: (folder: string) => edit(folder, 'standards.yaml', 'within: 8h', 'within: 8 hours'),
      expected: [
        'standards.yaml:22: targets[0].within: "8 hours" is not a duration; write "2h", "45m", "1h30m" or minutes',
      ],
    },
    {
      mistake: 'a misspelt field in front matter',
      change: (folder: string) =>
        edit(folder, 'snippets/accounts/password-reset.en.md', 'title: Resetting', 'titel: Resetting'),
      expected: [
        'snippets/accounts/password-reset.en.md:2: title: missing; this field is required',
        'snippets/accounts/password-reset.en.md:3: titel: unknown field; did you mean "title"?',
      ],
    },
    {
      mistake: 'an offer for a product not in the catalogue',
      change: (folder: string) => edit(folder, 'offers.yaml', 'product: premium-plan', 'product: premium'),
      expected: ['offers.yaml:8: product: unknown product "premium"; add it to products'],
    },
    {
      mistake: 'opening and closing times swapped',
      change: (folder: string) =>
        edit(folder, 'calendars.yaml', "fri: [['09:00', '17:00']]", "fri: [['17:00', '09:00']]"),
      expected: ['calendars.yaml:11: hours.fri[0]: closing time "09:00" is not after opening time "17:00"'],
    },
    {
      mistake: 'a version with a decimal point',
      change: (folder: string) => edit(folder, 'pack.yaml', 'version: 1', 'version: 1.1'),
      expected: ['pack.yaml:4: version: expected a whole number, got 1.1'],
    },
    {
      mistake: 'a snippet id YAML reads as a number',
      change: (folder: string) =>
        edit(folder, 'snippets/billing/refund-timeline.en.md', 'id: refund-timeline-en', 'id: 0042'),
      expected: ['snippets/billing/refund-timeline.en.md:2: id: expected text, got 42; put it in quotes'],
    },
    {
      mistake: 'two snippets with one id',
      change: (folder: string) =>
        edit(
          folder,
          'snippets/billing/refund-timeline.en.md',
          'id: refund-timeline-en',
          'id: password-reset-en',
        ),
      expected: ['snippets/billing/refund-timeline.en.md:2: id: duplicate id "password-reset-en"'],
    },
    {
      mistake: 'an empty snippet body',
      change: (folder: string) =>
        writeFile(
          join(folder, 'snippets/billing/late-fee.en.md'),
          "---\nid: late-fee-en\ntitle: Late payment fee\ncategory: billing\nlocale: en\nowner: Billing team\nupdatedAt: '2026-02-01'\n---\n",
        ),
      expected: ['snippets/billing/late-fee.en.md:9: body: must not be empty'],
    },
    {
      mistake: 'a body written as a front matter field',
      change: (folder: string) =>
        edit(
          folder,
          'snippets/accounts/password-reset.en.md',
          'owner: Support team',
          'owner: Support team\nbody: Reset it',
        ),
      expected: [
        'snippets/accounts/password-reset.en.md:8: body: the body is the Markdown after the front matter, not a field',
      ],
    },
    {
      mistake: 'a YAML syntax error',
      change: (folder: string) =>
        edit(folder, 'products.yaml', '  name: Premium plan', '  name: [Premium plan'),
      expected: [
        'products.yaml:6: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    },
    {
      mistake: 'a snippet without front matter',
      change: (folder: string) => writeFile(join(folder, 'snippets/notes.md'), '# Notes for the team\n'),
      expected: [
        'snippets/notes.md:1: a snippet starts with front matter: a "---" line, its fields (id, title, …), then another "---" line',
      ],
    },
    {
      mistake: 'offers written in pack.yaml',
      change: (folder: string) => edit(folder, 'pack.yaml', 'version: 1', 'version: 1\noffers: []'),
      expected: ['pack.yaml:5: offers: write offers in offers.yaml, not in pack.yaml'],
    },
    {
      mistake: 'an offer limit of none at all',
      change: (folder: string) => edit(folder, 'pack.yaml', 'count: 3', 'count: 0'),
      expected: ['pack.yaml:11: offerRules.maxOffersPerCustomer.count: must be at least 1, got 0'],
    },
    {
      mistake: 'a misspelt offer rule',
      change: (folder: string) => edit(folder, 'pack.yaml', 'complaintTags:', 'complaintTag:'),
      expected: ['pack.yaml:10: offerRules.complaintTag: unknown field; did you mean "complaintTags"?'],
    },
    {
      mistake: 'a section written twice',
      change: (folder: string) => writeFile(join(folder, 'offers.json'), '[]'),
      expected: ['offers.yaml, offers.json: offers is written twice; keep one of these files'],
    },
    {
      mistake: 'several mistakes at once, sorted by file and line',
      change: async (folder: string) => {
        await edit(folder, 'standards.yaml', 'kind: flexible', 'kind: relaxed');
        await edit(folder, 'standards.yaml', 'value: urgent', 'value: critical');
        await edit(folder, 'pack.yaml', 'version: 1', 'version: 0');
      },
      expected: [
        'pack.yaml:4: version: must be at least 1, got 0',
        'standards.yaml:11: when.all[0].value: "critical" is not a priority; expected one of low, normal, high, urgent',
        'standards.yaml:18: kind: expected one of "rigid", "flexible", "discretion", got "relaxed"',
      ],
    },
  ])('$mistake', async ({ change, expected }) => {
    const { root, folder } = await starterPack();
    await writeFile(join(root, 'pack.json'), '{"the last good build": true}\n');
    await change(folder);
    const io = capturedIo(root);

    expect(await buildCommand.run(['billing-team'], io)).toBe(1);
    expect(io.errors).toEqual([
      ...expected,
      `${expected.length} error${expected.length === 1 ? '' : 's'}; nothing written`,
    ]);
    // The previous build stays as it was.
    expect(await readFile(join(root, 'pack.json'), 'utf8')).toBe('{"the last good build": true}\n');
  });

  test('a folder without pack.yaml', async () => {
    const root = await tempFolder();
    const io = capturedIo(root);
    expect(await validateCommand.run(['.'], io)).toBe(1);
    expect(io.errors).toEqual([
      'pack.yaml: missing: every pack folder has a pack.yaml (id, name, version, publisher)',
      '1 error',
    ]);
  });
});

describe('validate on a pack.json', () => {
  test.each([
    {
      mistake: 'a locale spelt out',
      change: (text: string) => text.replace('"locale": "cy"', '"locale": "welsh"'),
      expected: [
        'harbour.json:84: snippets[2].locale: expected a BCP 47 tag such as "en" or "en-GB", got "welsh"',
      ],
    },
    {
      mistake: 'a trailing comma',
      change: (text: string) =>
        text.replace(
          '"publisher": "Harbour Energy customer care",',
          '"publisher": "Harbour Energy customer care",,',
        ),
      expected: [
        'harbour.json: not valid JSON: line 8, column 47: expected a property name in double quotes, got ","',
      ],
    },
  ])('names the line: $mistake', async ({ change, expected }) => {
    const root = await tempFolder();
    const fixture = await readFile('test/fixtures/packs/harbour-billing.pack.json', 'utf8');
    await writeFile(join(root, 'harbour.json'), change(fixture));
    const io = capturedIo(root);
    expect(await validateCommand.run(['harbour.json'], io)).toBe(1);
    expect(io.errors).toEqual([...expected, '1 error']);
  });

  test('a path that does not exist', async () => {
    const root = await tempFolder();
    const io = capturedIo(root);
    expect(await validateCommand.run(['missing.json'], io)).toBe(1);
    expect(io.errors).toEqual([`cannot read ${join(root, 'missing.json')}: no such file or folder`]);
    expect(existsSync(join(root, 'missing.json'))).toBe(false);
  });
});
