import { z } from 'zod';

import { conditionsSchema } from '../conditions/schema';

const productId = z.string().min(1).max(80);

/** A next-best offer (design.md). Product ids refer to the pack's product catalogue. */
export const offerSchema = z.strictObject({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  /** Markdown, inserted into the reply like a snippet when the agent accepts. */
  pitch: z.string().min(1).max(5000),
  /** What the offer sells. */
  product: productId,
  when: conditionsSchema,
  /** The customer must own one of these. */
  requiresOwned: z.array(productId).max(40).optional(),
  /** Not offered to a customer who owns any of these (the product itself is always excluded). */
  excludeIfOwned: z.array(productId).max(40).optional(),
  weight: z.number().min(0).max(100),
  cooldownDays: z.number().int().min(0).max(3650),
});

export type Offer = z.infer<typeof offerSchema>;

export const productSchema = z.strictObject({
  id: productId,
  name: z.string().min(1).max(120),
});

export type Product = z.infer<typeof productSchema>;

const hasWord = /[\p{L}\p{N}]/u;

/**
 * When no offer is made at all, however well one fits: the pack's `offerRules` section. Every
 * field is optional; lib/offers/offer-rules.ts holds the defaults and joins several packs' rules.
 */
export const offerRulesSchema = z.strictObject({
  /** A ticket with any of these tags is a complaint (compared without case). */
  complaintTags: z.array(z.string().min(1).max(100)).max(100).optional(),
  /** Words or phrases that show the customer is upset, matched as whole words without case. */
  upsetPhrases: z
    .array(
      z
        .string()
        .min(1, { abort: true })
        .max(80)
        .refine((phrase) => hasWord.test(phrase), {
          error: (issue) => `${JSON.stringify(issue.input)} has no letter or digit to match`,
        }),
    )
    .max(1000)
    .optional(),
  /** At most `count` offers made (accepted or declined) to one customer within `withinDays`. */
  maxOffersPerCustomer: z
    .strictObject({
      count: z.number().int().min(1).max(100),
      withinDays: z.number().int().min(1).max(3650),
    })
    .optional(),
});

export type OfferRulesSection = z.infer<typeof offerRulesSchema>;
