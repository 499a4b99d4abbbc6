import { z } from 'zod';

import { helpdeskHosts } from '../hosts';
import type { RuleChecks } from './field-rule-schema';
import { selectorProblem } from './selector-syntax';
import { ticketUrlProblem } from './ticket-url-check';

/**
 * What the pack schema checks on top of the rules' shape: rules stay data. Background and pack
 * tool only (classic zod, css-what); the content script never loads this file.
 */

function refuse(problem: (value: string) => string | undefined) {
  return z.superRefine<string>((value, context) => {
    const message = problem(value);
    if (message) context.addIssue({ code: 'custom', message, input: value });
  });
}

/** `javascript:` even with the spaces and control characters browsers skip inside a URL. */
const scriptUrl =
  /j[\s\0-\x1f]*a[\s\0-\x1f]*v[\s\0-\x1f]*a[\s\0-\x1f]*s[\s\0-\x1f]*c[\s\0-\x1f]*r[\s\0-\x1f]*i[\s\0-\x1f]*p[\s\0-\x1f]*t[\s\0-\x1f]*:/i;

function scriptProblem(value: string): string | undefined {
  return scriptUrl.test(value) ? 'a "javascript:" URL is code; rules are data only' : undefined;
}

function attributeProblem(name: string): string | undefined {
  if (!/^[A-Za-z_:][-\w:.]*$/.test(name)) return `${JSON.stringify(name)} is not an attribute name`;
  // `onclick`, `onerror` …; `open` is the one common attribute that is no handler.
  if (/^on/i.test(name) && name.toLowerCase() !== 'open') {
    return `${JSON.stringify(name)} holds an event handler (code); read a data attribute or the text instead`;
  }
  return scriptProblem(name);
}

export const builtInHelpdeskIds = Object.keys(helpdeskHosts) as [
  keyof typeof helpdeskHosts,
  ...(keyof typeof helpdeskHosts)[],
];

function idProblem(id: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) {
    return `expected lower-case letters, digits and "-" such as "acme-desk", got ${JSON.stringify(id)}`;
  }
  return (builtInHelpdeskIds as string[]).includes(id)
    ? `"${id}" is a built-in helpdesk; adjust it with "helpdeskOverrides" instead of declaring it`
    : undefined;
}

/** Keys a team lead might reach for to run code; answered with why there is none. */
const codeKeys = [
  'script',
  'code',
  'function',
  'fn',
  'transform',
  'eval',
  'js',
  'javascript',
  'expression',
  'callback',
];

const dataOnly = 'extraction rules are data only (CSS selectors, attribute names, value maps, date formats)';

export const packRuleChecks: RuleChecks = {
  selector: [refuse((value) => selectorProblem(value) ?? scriptProblem(value))],
  attribute: [refuse(attributeProblem)],
  text: [refuse(scriptProblem)],
  id: [refuse(idProblem)],
  ticketUrl: [refuse((value) => scriptProblem(value) ?? ticketUrlProblem(value))],
  object: {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const key = issue.keys.find((name) => codeKeys.includes(name.toLowerCase()));
      return key === undefined ? undefined : `${dataOnly}; ${JSON.stringify(key)} would need code`;
    },
  },
};
