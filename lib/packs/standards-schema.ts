import { z } from 'zod';

import { conditionsSchema } from '../conditions/schema';
import { priorities, statuses } from '../ticket/fields';
import { durationMs } from './duration';

export const metrics = ['first_reply', 'next_reply', 'periodic_update', 'resolution', 'callback'] as const;
export type Metric = (typeof metrics)[number];

const duration = z
  .union([z.string().max(20), z.number()])
  .refine((value) => durationMs(value) !== undefined, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a duration; write "2h", "45m", "1h30m" or minutes`,
  });

const targetSchema = z
  .strictObject({
    metric: z.enum(metrics),
    /** The ticket priority this target is for; absent: every priority. */
    priority: z.enum(priorities).optional(),
    within: duration,
    /** How long before the deadline the agent is warned. */
    warnBefore: duration.optional(),
  })
  .superRefine((target, context) => {
    const within = durationMs(target.within);
    if (within === 0)
      context.addIssue({ code: 'custom', path: ['within'], message: 'a target of zero can never be met' });
    const warn = target.warnBefore === undefined ? undefined : durationMs(target.warnBefore);
    if (within !== undefined && warn !== undefined && warn >= within) {
      context.addIssue({
        code: 'custom',
        path: ['warnBefore'],
        message: 'must be shorter than the target itself',
      });
    }
  });

/**
 * A response standard (design.md): the first whose `when` matches the ticket applies, as in
 * Zendesk. `rigid` is a hard deadline, `flexible` a deadline with the charter's guidance on
 * discretion, `discretion` shows elapsed time and guidance with no breach.
 */
export const standardSchema = z
  .strictObject({
    id: z.string().min(1).max(80),
    name: z.string().min(1).max(120),
    charter: z.string().max(2000),
    kind: z.enum(['rigid', 'flexible', 'discretion']),
    when: conditionsSchema,
    /** Business hours the targets are measured in; absent: calendar time. */
    calendarId: z.string().min(1).max(80).optional(),
    targets: z.array(targetSchema).min(1).max(40),
    pauseWhen: z.array(z.enum(statuses)).max(statuses.length).optional(),
  })
  .superRefine((standard, context) => {
    const seen = new Set<string>();
    standard.targets.forEach((target, index) => {
      const key = `${target.metric}/${target.priority ?? '*'}`;
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['targets', index],
          message: `a second ${target.metric} target for ${target.priority ?? 'every'} priority`,
        });
      }
      seen.add(key);
    });
  });

export type Standard = z.infer<typeof standardSchema>;
export type StandardTarget = Standard['targets'][number];
