import { useState } from 'preact/hooks';

export interface PackFile {
  name: string;
  text: string;
  signature?: string;
}

export interface PackImportProps {
  /** Resolves to the sentence to show: what was installed, or why it was refused. */
  onImport: (file: PackFile) => Promise<string>;
}

/**
 * Imports a pack file a team lead has at hand (with its .sig when keys are trusted). The
 * background checks it exactly as it checks a fetched pack.
 */
export function PackImport({ onImport }: PackImportProps) {
  const [pack, setPack] = useState<File>();
  const [signature, setSignature] = useState<File>();
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!pack) return setResult('Choose a pack file first.');
    setBusy(true);
    try {
      const file: PackFile = { name: pack.name, text: await pack.text() };
      if (signature) file.signature = (await signature.text()).trim();
      setResult(await onImport(file));
    } catch (error) {
      setResult(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-group" onSubmit={(event) => void submit(event)}>
      <fieldset class="settings-fieldset">
        <legend>Import a pack file</legend>
        <label for="pack-file">Pack (pack.json)</label>
        <input
          id="pack-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => setPack(event.currentTarget.files?.[0])}
        />
        <label for="pack-signature">Signature (pack.json.sig), needed when keys are trusted</label>
        <input
          id="pack-signature"
          type="file"
          accept=".sig,text/plain"
          onChange={(event) => setSignature(event.currentTarget.files?.[0])}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import pack'}
        </button>
        <p role="status" class="settings-status">
          {result}
        </p>
      </fieldset>
    </form>
  );
}
