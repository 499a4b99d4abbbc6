// @vitest-environment node
import { describe, expect, test } from 'vitest';

import { splitFrontMatter } from '../../scripts/pack/front-matter';

describe('splitFrontMatter', () => {
  test.each([
    {
      file: 'a snippet as team leads write it',
      text: '---\nid: refund-timeline-en\nlocale: en\n---\nHi {{requester.firstName}},\n\nYour refund is on its way.\n',
      expected: {
        frontMatter: 'id: refund-timeline-en\nlocale: en',
        frontMatterLine: 2,
        body: 'Hi {{requester.firstName}},\n\nYour refund is on its way.',
        bodyLine: 5,
      },
    },
    {
      file: 'saved on Windows, with a byte-order mark and CRLF line ends',
      text: '\uFEFF---\r\nid: account-locked-en\r\n---\r\n\r\nYour account is unlocked.\r\n',
      expected: {
        frontMatter: 'id: account-locked-en',
        frontMatterLine: 2,
        body: 'Your account is unlocked.',
        bodyLine: 5,
      },
    },
    {
      file: 'blank lines before the body (reported where the body starts)',
      text: '---\nid: outage-update-en\n---\n\n\n**Update:** engineers are on site.',
      expected: {
        frontMatter: 'id: outage-update-en',
        frontMatterLine: 2,
        body: '**Update:** engineers are on site.',
        bodyLine: 6,
      },
    },
    {
      file: 'a body with its own horizontal rule',
      text: '---\nid: moving-home-en\n---\nBefore the move\n\n---\n\nAfter the move',
      expected: {
        frontMatter: 'id: moving-home-en',
        frontMatterLine: 2,
        body: 'Before the move\n\n---\n\nAfter the move',
        bodyLine: 4,
      },
    },
    {
      file: 'closed with YAML\'s "..." marker',
      text: '---\nid: return-label-en\n...\nPrint the label.',
      expected: {
        frontMatter: 'id: return-label-en',
        frontMatterLine: 2,
        body: 'Print the label.',
        bodyLine: 4,
      },
    },
    {
      file: 'no body (the empty body is reported on the line after the fence)',
      text: '---\nid: draft-en\n---\n',
      expected: { frontMatter: 'id: draft-en', frontMatterLine: 2, body: '', bodyLine: 4 },
    },
  ])('$file', ({ text, expected }) => {
    expect(splitFrontMatter(text)).toEqual({ ok: true, ...expected });
  });

  test.each([
    {
      file: 'plain Markdown',
      text: '# Refund timeline\n\nRefunds take 3–5 days.',
      expected: {
        line: 1,
        message:
          'a snippet starts with front matter: a "---" line, its fields (id, title, …), then another "---" line',
      },
    },
    {
      file: 'front matter never closed',
      text: '---\nid: refund-timeline-en\ntitle: Refund timeline\n\nRefunds take 3–5 days.',
      expected: { line: 1, message: 'the front matter opened here is never closed with a "---" line' },
    },
  ])('refuses $file', ({ text, expected }) => {
    expect(splitFrontMatter(text)).toEqual({ ok: false, ...expected });
  });
});
