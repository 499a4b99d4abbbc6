import { z } from 'zod';

import { MAX_REPORT_ELEMENTS, nodeLimits, PAGE_REPORT_FORMAT } from './report-format';
import { snapshotFields } from './snapshot-fields';
import { structuralAttributes } from './structural-attributes';

export { MAX_REPORT_ELEMENTS, MAX_REPORT_SIZE, PAGE_REPORT_FORMAT } from './report-format';

/**
 * `touchpoint-page-report/1`: the structure of a helpdesk page an agent hands to a team lead when
 * Touchpoint cannot read a field (docs/page-report-format.md). Built in the page by
 * entrypoints/page-diagnostic.ts, so whatever comes back is untrusted: every string is bounded,
 * every object strict, and the tree must be well formed.
 */

/** Any string of the report: bounded, and without control characters (it is read in terminals). */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'holds a control character');
const name = text(nodeLimits.maxValue);
const tag = z.string().regex(/^[a-z][a-z0-9._:-]{0,59}$/);

export const structureNodeSchema = z.strictObject({
  parent: z.number().int().min(-1),
  tag,
  id: name.optional(),
  classes: z.array(name).max(nodeLimits.maxClasses).optional(),
  data: z.array(name).max(nodeLimits.maxDataNames).optional(),
  attributes: z.partialRecord(z.enum(structuralAttributes), name).optional(),
  otherAttributes: z.array(name).max(nodeLimits.maxOtherNames).optional(),
  hidden: z.literal(true).optional(),
  omitted: z.number().int().positive().optional(),
});

const treeSchema = z
  .strictObject({
    nodes: z.array(structureNodeSchema).max(MAX_REPORT_ELEMENTS),
    focus: z.number().int().min(0).optional(),
    truncated: z.boolean(),
  })
  .superRefine((tree, context) => {
    tree.nodes.forEach((node, index) => {
      const rootLike = index === 0 ? node.parent === -1 : node.parent >= 0 && node.parent < index;
      if (!rootLike) {
        context.addIssue({
          code: 'custom',
          path: ['nodes', index, 'parent'],
          message:
            index === 0 ? 'the first node is the root (parent -1)' : 'a parent must come before its child',
        });
      }
    });
    if (tree.focus !== undefined && tree.focus >= tree.nodes.length) {
      context.addIssue({ code: 'custom', path: ['focus'], message: 'names no node of the tree' });
    }
  });

const count = z.number().int().min(0).max(1_000_000);

export const selectorProbeSchema = z.strictObject({
  source: z.enum(['built-in', 'override', 'declared']),
  selector: text(1000).min(1),
  era: text(40).optional(),
  packName: text(120).optional(),
  matches: count,
  matchesInTicket: count.optional(),
  invalid: z.literal(true).optional(),
});

export const fieldProbeSchema = z.strictObject({
  field: z.enum(snapshotFields),
  read: z.boolean(),
  override: z.literal(true).optional(),
  selectors: z.array(selectorProbeSchema).max(40),
});

export const pageReportSchema = z.strictObject({
  format: z.literal(PAGE_REPORT_FORMAT),
  createdAt: z.iso.datetime({ offset: true }),
  extensionVersion: text(40),
  helpdesk: z.strictObject({
    id: text(40).min(1),
    /** Built into Touchpoint, declared by a pack, or no helpdesk Touchpoint knows at this URL. */
    kind: z.enum(['built-in', 'declared', 'unknown']),
  }),
  /** What Touchpoint made of the page: a ticket, a helpdesk page without one, a ticket it could not read, or an error. */
  reading: z.enum(['ticket', 'no-ticket', 'unreadable', 'error', 'not-a-helpdesk']),
  page: z.strictObject({
    origin: text(200),
    /** The path, digit runs as `{n}`, ids as `{id}`, anything else page-like redacted; no query or fragment. */
    path: text(500),
    /** Elements in the whole document, described or not. */
    elements: count,
  }),
  fields: z.array(fieldProbeSchema).max(snapshotFields.length),
  tree: treeSchema,
});

export type PageReport = z.infer<typeof pageReportSchema>;
export type FieldProbeReport = z.infer<typeof fieldProbeSchema>;
export type StructureNodeReport = z.infer<typeof structureNodeSchema>;

/** The background's answer to "Report this page". */
export const pageReportReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), report: pageReportSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.string().max(300) }),
]);

export type PageReportReply = z.infer<typeof pageReportReplySchema>;
