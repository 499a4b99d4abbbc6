/**
 * CSS selectors parsed into compounds, for `diagnose` to run them against a page report's tree:
 * type, `#id`, `.class`, attribute conditions, `:not()`, `:has()`, descendant and child
 * combinators. Anything else (sibling combinators, other pseudo-classes) is refused.
 */

export type Operator = '=' | '^=' | '$=' | '*=' | '~=' | '|=';

export interface AttributeTest {
  name: string;
  operator?: Operator;
  value?: string;
}

export interface Compound {
  tag?: string;
  ids: string[];
  classes: string[];
  attributes: AttributeTest[];
  not: Compound[][];
  has: Compound[][];
  /** How this compound relates to the one before it. */
  combinator: ' ' | '>';
}

/** One complex selector: compounds left to right. */
export type ParsedSelector = Compound[];

const identifier = /^-?[_a-zA-Z\u00a0-\uffff][_a-zA-Z0-9\u00a0-\uffff-]*/;

/** Splits on commas outside brackets, parentheses and quotes. */
export function splitList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(selector.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  return parts.filter(Boolean);
}

class Reader {
  constructor(
    private readonly text: string,
    public at = 0,
  ) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  peek(): string {
    return this.text[this.at] ?? '';
  }

  rest(): string {
    return this.text.slice(this.at);
  }

  skipSpace(): boolean {
    const start = this.at;
    while (/\s/.test(this.peek())) this.at++;
    return this.at > start;
  }

  identifier(): string {
    const match = identifier.exec(this.rest());
    if (!match) throw new Error(`expected a name at ${this.at}`);
    this.at += match[0].length;
    return match[0];
  }

  expect(char: string): void {
    if (this.peek() !== char) throw new Error(`expected "${char}" at ${this.at}`);
    this.at++;
  }

  quoted(): string {
    const quote = this.peek();
    this.at++;
    let value = '';
    while (!this.done && this.peek() !== quote) {
      if (this.peek() === '\\') this.at++;
      value += this.peek();
      this.at++;
    }
    this.expect(quote);
    return value;
  }

  /** The text up to the matching `)`, the `(` already read. */
  parenthesised(): string {
    let depth = 1;
    const start = this.at;
    while (!this.done) {
      const char = this.peek();
      if (char === '(') depth++;
      if (char === ')' && --depth === 0) break;
      this.at++;
    }
    const inner = this.text.slice(start, this.at);
    this.expect(')');
    return inner;
  }
}

function attributeTest(reader: Reader): AttributeTest {
  reader.skipSpace();
  const name = reader.identifier().toLowerCase();
  reader.skipSpace();
  if (reader.peek() === ']') {
    reader.at++;
    return { name };
  }
  const operator = /^[\^$*~|]?=/.exec(reader.rest())?.[0];
  if (!operator) throw new Error(`expected an operator at ${reader.at}`);
  reader.at += operator.length;
  reader.skipSpace();
  const value = reader.peek() === '"' || reader.peek() === "'" ? reader.quoted() : reader.identifier();
  reader.skipSpace();
  reader.expect(']');
  return { name, operator: operator as Operator, value };
}

function compound(reader: Reader, combinator: ' ' | '>'): Compound {
  const part: Compound = { ids: [], classes: [], attributes: [], not: [], has: [], combinator };
  if (reader.peek() === '*') reader.at++;
  else if (identifier.test(reader.peek())) part.tag = reader.identifier().toLowerCase();
  for (;;) {
    const char = reader.peek();
    if (char === '#') {
      reader.at++;
      part.ids.push(reader.identifier());
    } else if (char === '.') {
      reader.at++;
      part.classes.push(reader.identifier());
    } else if (char === '[') {
      reader.at++;
      part.attributes.push(attributeTest(reader));
    } else if (char === ':') {
      reader.at++;
      const pseudo = reader.identifier().toLowerCase();
      if (pseudo !== 'not' && pseudo !== 'has') throw new Error(`:${pseudo} is not supported here`);
      reader.expect('(');
      const inner = splitList(reader.parenthesised()).map(parseComplex);
      part[pseudo].push(...inner);
    } else break;
  }
  return part;
}

function parseComplex(selector: string): ParsedSelector {
  const reader = new Reader(selector.trim());
  const compounds: Compound[] = [];
  let combinator: ' ' | '>' = ' ';
  while (!reader.done) {
    const before = reader.at;
    compounds.push(compound(reader, combinator));
    if (reader.at === before) throw new Error(`unexpected "${reader.peek()}" at ${reader.at}`);
    const spaced = reader.skipSpace();
    if (reader.peek() === '>') {
      reader.at++;
      reader.skipSpace();
      combinator = '>';
    } else if (reader.peek() === '+' || reader.peek() === '~') {
      throw new Error('sibling combinators are not supported here');
    } else {
      combinator = ' ';
      if (!spaced && !reader.done) throw new Error(`unexpected "${reader.peek()}" at ${reader.at}`);
    }
  }
  return compounds;
}

/** The selector list parsed, or undefined when it uses CSS this matcher does not know. */
export function parseSelector(selector: string): ParsedSelector[] | undefined {
  try {
    return splitList(selector).map(parseComplex);
  } catch {
    return undefined;
  }
}

/** A complex selector split at its combinators: `[{ text, combinator }]`, the first combinator empty. */
export function compoundsOf(selector: string): { text: string; combinator: '' | ' ' | ' > ' }[] {
  const parts: { text: string; combinator: '' | ' ' | ' > ' }[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  let pending: '' | ' ' | ' > ' = '';
  const flush = () => {
    if (current) parts.push({ text: current, combinator: parts.length ? pending || ' ' : '' });
    current = '';
    pending = '';
  };
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index]!;
    if (quote) {
      current += char;
      if (char === '\\') current += selector[++index] ?? '';
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
      current += char;
    } else if (char === '(' || char === '[') {
      depth++;
      current += char;
    } else if (char === ')' || char === ']') {
      depth--;
      current += char;
    } else if (depth === 0 && (char === '>' || /\s/.test(char))) {
      if (current) flush();
      if (char === '>') pending = ' > ';
    } else current += char;
  }
  flush();
  return parts;
}
