import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixturePage {
  /** "zendesk/email-ticket" */
  name: string;
  url: string;
  html: string;
}

/** Every helpdesk fixture page with the URL its opening comment names. */
export function fixturePages(root = 'test/fixtures'): FixturePage[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(root, folder.name))
        .filter((file) => file.endsWith('.html'))
        .map((file) => {
          const html = readFileSync(join(root, folder.name, file), 'utf8');
          const url = /URL: (https:\/\/\S+)/.exec(html)?.[1];
          if (!url)
            throw new Error(
              `${root}/${folder.name}/${file}: no "URL: https://…" line in its opening comment`,
            );
          return { name: `${folder.name}/${file.replace(/\.html$/, '')}`, url, html };
        }),
    );
}
