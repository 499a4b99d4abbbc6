import type { ComponentChildren } from 'preact';

/** One of the panel's sections (history, knowledge, offers, countdowns), titled for screen readers too. */
export function PanelSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section class="panel-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
