import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * What a snippet's Markdown may become: text formatting, lists, quotes, code, tables and links.
 * No images: a remote picture would tell its host which agent opened which snippet and when,
 * and replies are inserted as text anyway, so an image's alt text is shown instead.
 */
const allowedTags = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'hr',
  'ul',
  'ol',
  'li',
  'a',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const allowedAttributes = ['href', 'title', 'start'];
/** Links leave the panel only for the web or an email address. */
const safeUrl = /^(?:https?:|mailto:)/i;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const markdown = new Marked({ gfm: true, async: false }).use({
  renderer: {
    // Raw HTML in a snippet is shown as the text it is, never interpreted.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    image: ({ text }: Tokens.Image) => escapeHtml(text),
    // A card's own title is an h3 under the panel's h2 section, so a snippet's headings start at h4.
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(depth + 3, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

let purifier: ReturnType<typeof DOMPurify> | undefined;

function sanitiser(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    if (!node.hasAttribute('href')) return;
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier;
}

/**
 * A snippet's Markdown as sanitised HTML: the only way pack text reaches the DOM as markup.
 * Marked renders it (raw HTML escaped), then DOMPurify keeps only the allow-list above, so a
 * pack that slips past the first step is still caught by the second.
 */
export function renderMarkdown(source: string): string {
  const purify = sanitiser();
  // DOMPurify hands back its input untouched where it cannot work; show the source as text there.
  if (!purify.isSupported) return `<p>${escapeHtml(source)}</p>`;
  const html = markdown.parse(source, { async: false });
  return purify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: safeUrl,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_TRUSTED_TYPE: false,
  });
}
