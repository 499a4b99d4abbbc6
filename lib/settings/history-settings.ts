import { getCountries, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';

import { DEFAULT_RETENTION_DAYS } from '../history/privacy';
import { defineStoredItem } from '../storage/stored-item';

const countries = new Set<string>(getCountries());

/** What the agent or team lead decides about the customer history kept in this browser. */
export const historySettingsSchema = z.strictObject({
  /** The country of phone numbers written without a country code; unset, such numbers are not linked. */
  defaultCountry: z
    .string()
    .refine((code) => countries.has(code), {
      error: (issue) => `${JSON.stringify(issue.input)} is not a country code`,
    })
    .transform((code) => code as CountryCode)
    .optional(),
  /** Contacts older than this are deleted. */
  retentionDays: z.number().int().min(1).max(3650),
});

export type HistorySettings = z.infer<typeof historySettingsSchema>;

export const historySettingsItem = defineStoredItem<HistorySettings>({
  area: 'local',
  key: 'historySettings',
  schema: historySettingsSchema,
  fallback: () => ({ retentionDays: DEFAULT_RETENTION_DAYS }),
});
