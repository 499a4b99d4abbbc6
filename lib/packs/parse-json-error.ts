/**
 * Where and why a text is not JSON. Engines word JSON.parse errors differently and some give no
 * position at all ("Unexpected token ' ', … is not valid JSON" in Node 20), so after JSON.parse
 * fails this scanner walks the text once more to name the first error by line and column.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

/** Deeper than any pack; stops a hostile text from exhausting the stack. */
const MAX_DEPTH = 256;

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

function describeCharacter(character: string | undefined): string {
  if (character === undefined) return 'the end of the text';
  if (character === '\n') return 'a line break';
  if (character === "'") return `"'" (JSON strings use double quotes)`;
  return JSON.stringify(character);
}

function scan(text: string): void {
  let at = 0;
  function fail(message: string, offset = at): never {
    throw new SyntaxProblem(offset, message);
  }
  const skipWhitespace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expectValue = () => {
    const word = /^[\w$.+-]+/.exec(text.slice(at, at + 40))?.[0];
    fail(
      `expected a value ("text", a number, true, false, null, [ or {), got ${word ?? describeCharacter(text[at])}`,
    );
  };
  const string = () => {
    at++;
    for (;;) {
      const character = text[at];
      if (character === undefined) fail('a string is not closed with "');
      if (character === '"') return void at++;
      if (character < ' ') fail('a line break or control character inside a string; write it as \\n');
      if (character === '\\') {
        const escaped = text[at + 1];
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
        else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at += 2;
        else fail(`invalid escape "\\${escaped ?? ''}" in a string`);
      } else at++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail('invalid number');
    at += match[0].length;
  };
  const value = (depth: number) => {
    skipWhitespace();
    const character = text[at];
    if (character === '{') container(depth, '}');
    else if (character === '[') container(depth, ']');
    else if (character === '"') string();
    else if (character === '-' || (character !== undefined && character >= '0' && character <= '9')) number();
    else if (character === undefined) fail('the text ends where a value should be');
    else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, at));
      if (literal) at += literal.length;
      else expectValue();
    }
  };
  const container = (depth: number, close: '}' | ']') => {
    if (depth >= MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    at++;
    skipWhitespace();
    if (text[at] === close) return void at++;
    for (;;) {
      if (close === '}') {
        skipWhitespace();
        if (text[at] !== '"')
          fail(`expected a property name in double quotes, got ${describeCharacter(text[at])}`);
        string();
        skipWhitespace();
        if (text[at] !== ':') fail(`expected ":" after a property name, got ${describeCharacter(text[at])}`);
        at++;
      }
      value(depth + 1);
      skipWhitespace();
      const next = text[at];
      if (next === close) return void at++;
      if (next !== ',') fail(`expected "," or "${close}", got ${describeCharacter(next)}`);
      const comma = at;
      at++;
      skipWhitespace();
      if (text[at] === close) fail(`a comma before "${close}" is not allowed in JSON`, comma);
    }
  };

  value(0);
  skipWhitespace();
  if (at < text.length) fail(`unexpected ${describeCharacter(text[at])} after the end of the JSON value`);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error of a text that JSON.parse refused, or undefined if it finds none. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (problem) {
    if (!(problem instanceof SyntaxProblem)) throw problem;
    return { ...lineAndColumn(text, problem.offset), message: problem.message };
  }
}
