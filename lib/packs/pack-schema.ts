import { z } from 'zod';

import { declaredHelpdesksSchema, helpdeskOverridesSchema } from '../helpdesks/rules/pack-sections-schema';
import { calendarSchema } from './calendar-schema';
import type { Condition } from '../conditions/schema';
import { offerRulesSchema, offerSchema, productSchema } from './offer-schema';
import { snippetSchema } from './snippet-schema';
import { standardSchema } from './standards-schema';

export const PACK_FORMAT = 'touchpoint-pack/1';

function duplicateIds(items: readonly { id: string }[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) duplicates.push(index);
    seen.add(item.id);
  });
  return duplicates;
}

/** The product ids a `customer.products` condition names (other operators are refused anyway). */
function productsNamedBy(condition: Condition): string[] {
  if (condition.field !== 'customer.products' || !['includes', 'excludes'].includes(condition.op)) return [];
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  return values.filter((value): value is string => typeof value === 'string');
}

/**
 * One knowledge pack as a team lead publishes it (design.md, "Knowledge pack"). Besides the
 * sections design.md lists it carries a product catalogue, so offers and snippets that name a
 * product can be checked, a review interval after which snippets are flagged as stale, and
 * `offerRules`: when no offer is made at all (a complaint, an upset customer, a per-customer limit);
 * and, for when helpdesk pages change, selector overrides and declared helpdesks (data only).
 */
export const packSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    format: z.literal(PACK_FORMAT, { error: `expected format "${PACK_FORMAT}"` }),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
      error: (issue) =>
        `expected lower-case letters, digits, ".", "_" and "-" such as "billing-team", got ${JSON.stringify(issue.input)}`,
    }),
    name: z.string().min(1).max(120),
    version: z.number().int().min(1),
    publishedAt: z.iso.datetime({ offset: true }),
    publisher: z.string().min(1).max(120),
    reviewIntervalDays: z.number().int().min(1).max(3650).optional(),
    products: z.array(productSchema).max(1000).default([]),
    calendars: z.array(calendarSchema).max(100).default([]),
    standards: z.array(standardSchema).max(500).default([]),
    snippets: z.array(snippetSchema).max(20_000).default([]),
    offers: z.array(offerSchema).max(2000).default([]),
    offerRules: offerRulesSchema.optional(),
    /** Replacement extraction rules for Zendesk, Salesforce or Freshdesk fields (issue #8). */
    helpdeskOverrides: helpdeskOverridesSchema.optional(),
    /** In-house or unsupported helpdesks, described in data (issue #8). */
    declaredHelpdesks: declaredHelpdesksSchema.optional(),
  })
  .superRefine((pack, context) => {
    for (const section of ['products', 'calendars', 'standards', 'snippets', 'offers'] as const) {
      for (const index of duplicateIds(pack[section])) {
        context.addIssue({
          code: 'custom',
          path: [section, index, 'id'],
          message: `duplicate id "${pack[section][index]?.id}"`,
        });
      }
    }
    const calendars = new Set(pack.calendars.map((calendar) => calendar.id));
    pack.standards.forEach((standard, index) => {
      if (standard.calendarId !== undefined && !calendars.has(standard.calendarId)) {
        context.addIssue({
          code: 'custom',
          path: ['standards', index, 'calendarId'],
          message: `no calendar "${standard.calendarId}" in this pack`,
        });
      }
    });
    const products = new Set(pack.products.map((product) => product.id));
    const unknownProduct = (path: (string | number)[], id: string) => {
      if (!products.has(id))
        context.addIssue({ code: 'custom', path, message: `unknown product "${id}"; add it to products` });
    };
    pack.offers.forEach((offer, index) => {
      unknownProduct(['offers', index, 'product'], offer.product);
      offer.requiresOwned?.forEach((id, at) => unknownProduct(['offers', index, 'requiresOwned', at], id));
      offer.excludeIfOwned?.forEach((id, at) => unknownProduct(['offers', index, 'excludeIfOwned', at], id));
      for (const list of ['all', 'any'] as const) {
        offer.when[list]?.forEach((condition, at) => {
          for (const id of productsNamedBy(condition)) {
            unknownProduct(['offers', index, 'when', list, at, 'value'], id);
          }
        });
      }
    });
    pack.snippets.forEach((snippet, index) => {
      snippet.products.forEach((id, at) => unknownProduct(['snippets', index, 'products', at], id));
    });
  });

export type Pack = z.infer<typeof packSchema>;
