/**
 * Attributes whose values a page report keeps: the ones helpdesks use to name their parts for
 * tests and styling, and ARIA states. None of them holds words meant for people; a value that
 * still carries customer text is caught by redaction (redaction.ts). Every other attribute is
 * reported by name only.
 */
const testIds = [
  'data-test-id',
  'data-testid',
  'data-test',
  'data-qa',
  'data-cy',
  'data-cy-test-id',
] as const;

/** Attributes helpdesks keep for their tests: the most stable names a page has. */
export const testIdAttributes: readonly string[] = testIds;

export const structuralAttributes = [
  ...testIds,
  'data-garden-id',
  'data-entity-type',
  'data-entity-is-selected',
  'data-is-active',
  'data-selected',
  'data-is-chat',
  'data-originated-from',
  'data-type',
  'field-label',
  'role',
  'name',
  'type',
  'aria-selected',
  'aria-expanded',
  'aria-pressed',
  'aria-hidden',
  'aria-checked',
  'aria-current',
  'aria-haspopup',
  'aria-disabled',
] as const;

export type StructuralAttribute = (typeof structuralAttributes)[number];

export function isStructuralAttribute(name: string): name is StructuralAttribute {
  return (structuralAttributes as readonly string[]).includes(name);
}
