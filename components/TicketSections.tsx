import { PanelSection } from './PanelSection';

/**
 * The four sections beside the ticket. Each says plainly what it will show and why it is empty:
 * nothing here is ever filled with sample data.
 */
export function TicketSections() {
  return (
    <div class="ticket-sections">
      <PanelSection id="countdowns" title="Response standards">
        <p class="section-empty">No response standards are loaded, so no countdown applies to this ticket.</p>
      </PanelSection>
      <PanelSection id="history" title="Customer history">
        <p class="section-empty">No earlier contacts with this customer are recorded in this browser yet.</p>
      </PanelSection>
      <PanelSection id="knowledge" title="Knowledge">
        <p class="section-empty">No knowledge pack is loaded. Your team lead publishes snippets in one.</p>
      </PanelSection>
      <PanelSection id="offers" title="Offers">
        <p class="section-empty">No offers are loaded for this customer.</p>
      </PanelSection>
    </div>
  );
}
