/** What `element` accepts as children: nodes, text (always set as text, never parsed as markup), or nothing. */
type Child = Node | string | false | null | undefined;

/** Builds an element from attributes and children with DOM APIs only, so demo data can never become markup. */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    created.append(child);
  }
  return created;
}

/** An empty, decorative icon slot (the real product draws SVG icons there). */
export function icon(name: string): HTMLElement {
  return element('span', { class: `icon icon-${name}`, 'aria-hidden': 'true' });
}
