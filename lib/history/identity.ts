import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

import type { Requester } from '../ticket/snapshot';
import type { IdentityKey } from './schema';

export interface IdentityOptions {
  /**
   * The country a phone number written without a country code belongs to (the team's own).
   * Unset, such a number is not used as an identity: its country would be a guess.
   */
  defaultCountry?: CountryCode;
}

/**
 * Trimmed and lower-cased: providers treat the local part case-insensitively in practice, and
 * helpdesks show an address as it was typed. Plus-addressing ("maya+billing@…") is kept as
 * written: only some providers deliver it to the same mailbox, so stripping it could make two
 * people one customer, and a wrong link shows one customer's history to another's agent.
 */
export function normaliseEmail(raw: string): string | undefined {
  const email = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
}

/** E.164 ("+14155550143"); `undefined` for text that is no possible number, or whose country is unknown. */
export function normalisePhone(raw: string, { defaultCountry }: IdentityOptions = {}): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry ? { defaultCountry } : undefined);
  // Possible (right length for the country) rather than valid: the bundled metadata ages, and a
  // new number range should still link.
  return parsed?.isPossible() ? parsed.number : undefined;
}

/**
 * A social handle without its "@", lower-cased as the networks compare them. A handle written
 * as an international number (WhatsApp's) is that phone number.
 */
function handleIdentity(raw: string): IdentityKey | undefined {
  const handle = raw.trim();
  if (handle.startsWith('+')) {
    const phone = normalisePhone(handle);
    if (phone) return { kind: 'phone', value: phone };
  }
  const value = handle.replace(/^@/, '').toLowerCase();
  return value ? { kind: 'handle', value } : undefined;
}

/** The requester's identities as the store keys them, most specific first, without repeats. */
export function requesterIdentities(
  helpdesk: string,
  requester: Requester,
  options: IdentityOptions = {},
): IdentityKey[] {
  const externalId = requester.externalId?.trim();
  const email = requester.email === undefined ? undefined : normaliseEmail(requester.email);
  const phone = requester.phone === undefined ? undefined : normalisePhone(requester.phone, options);
  const found: (IdentityKey | undefined)[] = [
    externalId ? { kind: 'helpdesk-user', value: `${helpdesk}:${externalId}` } : undefined,
    email ? { kind: 'email', value: email } : undefined,
    phone ? { kind: 'phone', value: phone } : undefined,
    requester.handle === undefined ? undefined : handleIdentity(requester.handle),
  ];
  const unique = new Map<string, IdentityKey>();
  for (const identity of found) {
    if (identity) unique.set(`${identity.kind}\u0000${identity.value}`, identity);
  }
  return [...unique.values()];
}

/** How an identity reads to the agent: "phone +1 415 555 0143", "email maya.okafor@example.com". */
export function describeIdentity({ kind, value }: IdentityKey): string {
  switch (kind) {
    case 'email':
      return `email ${value}`;
    case 'phone':
      return `phone ${parsePhoneNumberFromString(value)?.formatInternational() ?? value}`;
    case 'handle':
      return `handle @${value}`;
    case 'helpdesk-user':
      return `helpdesk user ${value}`;
  }
}
