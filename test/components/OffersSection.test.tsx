// @vitest-environment jsdom
// The card renders Markdown through DOMPurify, which does not support happy-dom (cure53/DOMPurify#1457).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { OffersSection } from '../../components/OffersSection';
import { placeholderValuesFor } from '../../lib/knowledge/placeholders';
import { selectOffers, type OfferSelection } from '../../lib/offers';
import {
  backup4g,
  candidate,
  fibre500Upgrade,
  makeOffer,
  offerInputs,
  weakSignalTicket,
} from '../builders/offers';

afterEach(cleanup);

const candidates = [candidate(makeOffer()), candidate(fibre500Upgrade()), candidate(backup4g())];
const values = placeholderValuesFor(weakSignalTicket(), { name: 'Sam Patel' });

function renderOffers(selection: OfferSelection | undefined) {
  const handlers = { onShown: vi.fn(), onAccept: vi.fn(), onAnswer: vi.fn() };
  render(<OffersSection selection={selection} values={values} {...handlers} />);
  return handlers;
}

describe('OffersSection', () => {
  test('shows the offer that fits, with its reasons, and records it as shown once', () => {
    const selection = selectOffers(candidates, offerInputs());
    const handlers = renderOffers(selection);
    const card = screen.getByRole('article', { name: /Mesh Extender/ });
    const reasons = within(card).getByRole('list', { name: 'Why this offer' }).textContent;
    expect(reasons).toContain('owns Router X2');
    expect(reasons).toMatch(/weak|upstairs/);
    expect(card.querySelector('.offer-pitch')?.innerHTML).toContain('<strong>Mesh Extender</strong>');
    expect(handlers.onShown).toHaveBeenCalledTimes(1);
    expect(handlers.onShown).toHaveBeenCalledWith(selection.shown);
  });

  test('"Offer it" hands on the pitch filled like a snippet, as plain text', () => {
    const handlers = renderOffers(selectOffers(candidates, offerInputs()));
    const card = screen.getByRole('article', { name: /Mesh Extender/ });
    fireEvent.click(within(card).getByRole('button', { name: /Offer it/ }));
    const [ranked, pitch] = handlers.onAccept.mock.calls[0]!;
    expect(ranked.offer.id).toBe('mesh-extender-weak-signal');
    expect(pitch).toBe('Hi Daniel, a Mesh Extender carries your Wi-Fi upstairs for $4 a month.');
  });

  test('"Customer said no" and "Not relevant" are answers, acknowledged in words', () => {
    const handlers = renderOffers(selectOffers(candidates, offerInputs()));
    const card = screen.getByRole('article', { name: /Mesh Extender/ });
    fireEvent.click(within(card).getByRole('button', { name: /Customer said no/ }));
    expect(handlers.onAnswer.mock.calls[0]?.[1]).toBe('declined');
    expect(screen.getByRole('status').textContent).toMatch(/said no to Mesh Extender/);
    fireEvent.click(within(card).getByRole('button', { name: /Not relevant/ }));
    expect(handlers.onAnswer.mock.calls[1]?.[1]).toBe('not-relevant');
  });

  test('why the other offers were held back, on demand', () => {
    renderOffers(selectOffers(candidates, offerInputs()));
    const details = screen.getByText(/Why not the other/).closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('ul')).toBeNull();
    fireEvent.click(details.querySelector('summary')!);
    expect(details.textContent).toMatch(/Fibre 500[^;]*:/);
  });

  test('a complaint shows why no offer is made, and nothing is recorded as shown', () => {
    const handlers = renderOffers(
      selectOffers(candidates, offerInputs({ ticket: weakSignalTicket({ tags: ['complaint', 'wifi'] }) })),
    );
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByText(/^No offers on a complaint/)).toBeTruthy();
    expect(handlers.onShown).not.toHaveBeenCalled();
  });

  test('an unknown customer gets no offer, and says why', () => {
    renderOffers(selectOffers(candidates, offerInputs({ customer: undefined })));
    expect(screen.getByText(/until the customer is identified/)).toBeTruthy();
  });

  test('a pitch with markup from a hostile pack, or a requester name with markup, runs nothing', () => {
    const hostile = makeOffer({
      title: '<img src=x onerror="window.pwned=1">Mesh',
      pitch:
        'Hi {{requester.name}} <img src=x onerror="window.pwned=1"> [click](javascript:alert(1)) <script>window.pwned=1</script>',
    });
    const ticket = weakSignalTicket({ requester: { name: '<b onmouseover="window.pwned=1">Daniel</b>' } });
    render(
      <OffersSection
        selection={selectOffers([candidate(hostile)], offerInputs({ ticket }))}
        values={placeholderValuesFor(ticket)}
        onShown={() => undefined}
        onAccept={() => undefined}
        onAnswer={() => undefined}
      />,
    );
    const card = screen.getByRole('article');
    expect(card.querySelector('img, script, [onerror], [onmouseover], a[href^="javascript"]')).toBeNull();
    expect(card.querySelector('h3')?.textContent).toBe('<img src=x onerror="window.pwned=1">Mesh');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  test('while the customer is looked up, it says so', () => {
    renderOffers(undefined);
    expect(screen.getByText('Looking up what this customer owns…')).toBeTruthy();
  });
});
