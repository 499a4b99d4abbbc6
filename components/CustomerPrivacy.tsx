import { useState } from 'preact/hooks';

export interface CustomerPrivacyProps {
  customerName: string;
  /** Resolves to the JSON text of everything stored about the customer. */
  onExport: () => Promise<string>;
  onForget: () => Promise<void>;
}

/**
 * What the agent can do with the data kept about this customer: take a copy of it, or erase it
 * (after saying yes once more, since erasing cannot be undone).
 */
export function CustomerPrivacy({ customerName, onExport, onForget }: CustomerPrivacyProps) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  const exportData = async () => {
    try {
      const json = await onExport();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      link.download = `touchpoint-customer-${customerName.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      setStatus(`Exported everything stored about ${customerName}.`);
    } catch (error) {
      setStatus(`Export failed: ${String(error)}`);
    }
  };

  const forget = async () => {
    setConfirming(false);
    try {
      await onForget();
      setStatus(`Everything stored about ${customerName} in this browser was erased.`);
    } catch (error) {
      setStatus(`Erasing failed: ${String(error)}`);
    }
  };

  return (
    <div class="customer-privacy">
      <button type="button" onClick={() => void exportData()}>
        Export data
      </button>
      {confirming ? (
        <span role="group" aria-label={`Erase everything stored about ${customerName}?`}>
          <span>Erase everything stored about {customerName}? This cannot be undone.</span>
          <button type="button" onClick={() => void forget()}>
            Erase
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Forget this customer
        </button>
      )}
      <p role="status" class="customer-privacy-status">
        {status}
      </p>
    </div>
  );
}
