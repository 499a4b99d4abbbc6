import type { ComponentChildren } from 'preact';

/** A full-panel message for when there is no ticket to show, saying what to do next. */
export function PanelNotice({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="panel-notice" aria-labelledby="panel-notice-title">
      <h1 id="panel-notice-title">{title}</h1>
      {children}
    </section>
  );
}
