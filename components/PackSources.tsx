import { useState } from 'preact/hooks';

import {
  packUrlProblem,
  PUBLIC_KEY_PATTERN,
  type EffectivePackSettings,
  type PackSettings,
} from '../lib/packs/pack-settings';

export interface PackSourcesProps {
  settings: EffectivePackSettings;
  onSave: (settings: PackSettings) => void;
}

/**
 * Where packs come from and who may sign them. Under an administrator's policy the lists are
 * shown read-only, so what the team sees is exactly what the policy says.
 */
export function PackSources({ settings, onSave }: PackSourcesProps) {
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState('');
  const locked = settings.managed;
  const local: PackSettings = {
    packUrls: settings.packUrls,
    trustedKeys: settings.trustedKeys,
    pollMinutes: settings.pollMinutes,
  };

  const addUrl = (event: Event) => {
    event.preventDefault();
    const text = url.trim();
    const issue = packUrlProblem(text);
    if (issue) return setProblem(`That pack URL cannot be used: ${issue}.`);
    if (settings.packUrls.includes(text)) return setProblem('That pack URL is already listed.');
    setProblem('');
    setUrl('');
    onSave({ ...local, packUrls: [...settings.packUrls, text] });
  };

  const addKey = (event: Event) => {
    event.preventDefault();
    const text = key.trim();
    if (!PUBLIC_KEY_PATTERN.test(text)) {
      return setProblem(
        'A trusted key is the 44-character base64 public key printed by "npm run pack -- keygen".',
      );
    }
    if (settings.trustedKeys.includes(text)) return setProblem('That key is already trusted.');
    setProblem('');
    setKey('');
    onSave({ ...local, trustedKeys: [...settings.trustedKeys, text] });
  };

  return (
    <fieldset class="settings-group">
      <legend>Pack sources</legend>
      {locked && (
        <p class="settings-help">Your administrator sets these by policy; they cannot be changed here.</p>
      )}
      <h3 id="pack-urls-title">Pack URLs</h3>
      {settings.packUrls.length === 0 ? (
        <p class="settings-help">No pack URL yet.</p>
      ) : (
        <ul aria-labelledby="pack-urls-title" class="settings-list">
          {settings.packUrls.map((listed) => (
            <li key={listed}>
              <span class="settings-value">{listed}</span>
              {!locked && (
                <button
                  type="button"
                  aria-label={`Remove ${listed}`}
                  onClick={() =>
                    onSave({ ...local, packUrls: settings.packUrls.filter((other) => other !== listed) })
                  }
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form class="settings-row" onSubmit={addUrl}>
          <label for="pack-url">Add a pack URL</label>
          <input
            id="pack-url"
            type="url"
            placeholder="https://packs.example.com/billing/pack.json"
            value={url}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <button type="submit">Add URL</button>
        </form>
      )}

      <h3 id="trusted-keys-title">Trusted signing keys</h3>
      {settings.trustedKeys.length === 0 ? (
        <p class="settings-warning" role="note">
          No trusted key: unsigned packs are accepted, so anyone who can change a pack URL's content can
          change what your team sees. Add your team lead's public key to accept only packs they signed.
        </p>
      ) : (
        <ul aria-labelledby="trusted-keys-title" class="settings-list">
          {settings.trustedKeys.map((listed) => (
            <li key={listed}>
              <code class="settings-value">{listed}</code>
              {!locked && (
                <button
                  type="button"
                  aria-label={`Remove key ${listed.slice(0, 8)}…`}
                  onClick={() =>
                    onSave({
                      ...local,
                      trustedKeys: settings.trustedKeys.filter((other) => other !== listed),
                    })
                  }
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form class="settings-row" onSubmit={addKey}>
          <label for="trusted-key">Add a trusted public key</label>
          <input
            id="trusted-key"
            value={key}
            spellcheck={false}
            onInput={(event) => setKey(event.currentTarget.value)}
          />
          <button type="submit">Trust key</button>
        </form>
      )}

      <label for="poll-minutes">Minutes between checks for a newer pack</label>
      <input
        id="poll-minutes"
        type="number"
        min={1}
        max={1440}
        value={settings.pollMinutes}
        disabled={locked}
        onChange={(event) => {
          const minutes = Number(event.currentTarget.value);
          if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440)
            onSave({ ...local, pollMinutes: minutes });
        }}
      />
      {problem && (
        <p class="settings-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
