import { Lexer, type Token, type Tokens } from 'marked';

function inline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineText).join('');
}

function inlineText(token: Token): string {
  switch (token.type) {
    case 'link': {
      const { href, tokens } = token as Tokens.Link;
      const text = inline(tokens);
      const target = href.replace(/^mailto:/i, '');
      return text === target || text === href ? text : `${text} (${target})`;
    }
    case 'image':
      return (token as Tokens.Image).text;
    case 'br':
      return '\n';
    case 'codespan':
    case 'escape':
    case 'html':
      return 'text' in token ? String(token.text) : token.raw;
    default:
      return 'tokens' in token && token.tokens
        ? inline(token.tokens)
        : 'text' in token
          ? String(token.text)
          : '';
  }
}

function list(token: Tokens.List, depth: number): string {
  const indent = '  '.repeat(depth);
  return token.items
    .map((item, position) => {
      const marker = token.ordered ? `${Number(token.start || 1) + position}.` : '•';
      const [first = '', ...rest] = blocks(item.tokens, depth + 1).split('\n');
      return [`${indent}${marker} ${first}`, ...rest].join('\n');
    })
    .join('\n');
}

function block(token: Token, depth: number): string {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : String(token.text);
    case 'list':
      return list(token as Tokens.List, depth);
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, depth)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'code':
      return (token as Tokens.Code).text;
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inline(cell.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'hr':
      return '—';
    case 'space':
      return '';
    default:
      return token.raw.trim();
  }
}

function blocks(tokens: readonly Token[], depth: number): string {
  const separator = depth > 0 ? '\n' : '\n\n';
  return tokens
    .map((token) => block(token, depth))
    .filter((text) => text !== '')
    .join(separator);
}

/**
 * A snippet as the text inserted into a reply composer, which takes plain text: emphasis marks
 * dropped, list items as "•" or "1." lines, links as "text (url)".
 */
export function snippetPlainText(markdown: string): string {
  return blocks(new Lexer({ gfm: true }).lex(markdown), 0).trim();
}
