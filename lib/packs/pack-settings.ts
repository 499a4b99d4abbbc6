import { z } from 'zod';

import { browser } from '../browser';
import { defineStoredItem } from '../storage/stored-item';

export const DEFAULT_POLL_MINUTES = 15;
const MIN_POLL_MINUTES = 1;

/**
 * Why a pack URL cannot be used, or undefined when it can: https only, except plain http on this
 * machine for a team lead's local preview (`npm run pack -- serve`).
 */
export function packUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not a URL';
  }
  if (url.protocol === 'https:') return undefined;
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  return url.protocol === 'http:' && local
    ? undefined
    : 'pack URLs must start with https:// (http only for 127.0.0.1)';
}

export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

/** What a deployment says about packs: where to fetch them, which keys may sign them, how often to look. */
export const packSettingsSchema = z.strictObject({
  packUrls: z
    .array(
      z
        .string()
        .max(2000)
        .check((context) => {
          const problem = packUrlProblem(context.value);
          if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
        }),
    )
    .max(20),
  /** Ed25519 public keys, base64 of the 32 raw bytes. */
  trustedKeys: z.array(z.string().regex(PUBLIC_KEY_PATTERN, 'expected a base64 Ed25519 public key')).max(20),
  pollMinutes: z
    .number()
    .int()
    .min(MIN_POLL_MINUTES)
    .max(24 * 60),
});

export type PackSettings = z.infer<typeof packSettingsSchema>;

export const emptyPackSettings = (): PackSettings => ({
  packUrls: [],
  trustedKeys: [],
  pollMinutes: DEFAULT_POLL_MINUTES,
});

/** Settings a team lead enters on the options page, used when no administrator policy is set. */
export const localPackSettingsItem = defineStoredItem<PackSettings>({
  area: 'local',
  key: 'packSettings',
  schema: packSettingsSchema,
  fallback: emptyPackSettings,
});

/** The administrator's policy (`public/managed_schema.json`): every field optional. */
export const managedPackPolicySchema = z.object({
  packUrls: packSettingsSchema.shape.packUrls.optional(),
  trustedKeys: packSettingsSchema.shape.trustedKeys.optional(),
  pollMinutes: packSettingsSchema.shape.pollMinutes.optional(),
});

export type ManagedPackPolicy = z.infer<typeof managedPackPolicySchema>;

export interface EffectivePackSettings extends PackSettings {
  /** True when an administrator's policy sets them: the options page shows them read-only. */
  managed: boolean;
}

/** A policy that sets anything takes over all three settings, so a team cannot mix in its own keys. */
export function effectivePackSettings(policy: ManagedPackPolicy, local: PackSettings): EffectivePackSettings {
  const managed =
    policy.packUrls !== undefined || policy.trustedKeys !== undefined || policy.pollMinutes !== undefined;
  if (!managed) return { ...local, managed: false };
  return {
    packUrls: policy.packUrls ?? [],
    trustedKeys: policy.trustedKeys ?? [],
    pollMinutes: policy.pollMinutes ?? DEFAULT_POLL_MINUTES,
    managed: true,
  };
}

/** The administrator's policy; {} where none is set or the browser has no managed storage (Firefox without policy). */
async function managedPolicy(): Promise<ManagedPackPolicy> {
  try {
    const parsed = managedPackPolicySchema.safeParse(await browser.storage.managed.get());
    if (parsed.success) return parsed.data;
    console.warn('Touchpoint: ignoring an invalid pack policy:', parsed.error.issues[0]?.message);
  } catch {
    // No policy for this extension: the options page's settings apply.
  }
  return {};
}

export async function currentPackSettings(): Promise<EffectivePackSettings> {
  return effectivePackSettings(await managedPolicy(), await localPackSettingsItem.get());
}
