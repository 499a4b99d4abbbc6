import { useState } from 'preact/hooks';

import type { AgentProfile } from '../lib/settings/agent-profile';

export interface AgentProfileSettingsProps {
  profile: AgentProfile;
  onSave: (profile: AgentProfile) => void;
}

/** The agent's name (what `{{agent.name}}` fills) and team (which team-scoped snippets they see). */
export function AgentProfileSettings({ profile, onSave }: AgentProfileSettingsProps) {
  const [name, setName] = useState(profile.name ?? '');
  const [team, setTeam] = useState(profile.team ?? '');
  return (
    <form
      class="settings-group"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ name: name.trim() || undefined, team: team.trim() || undefined });
      }}
    >
      <fieldset class="settings-fieldset">
        <legend>You</legend>
        <label for="agent-name">Your name, as replies are signed</label>
        <input
          id="agent-name"
          value={name}
          maxLength={120}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <label for="agent-team">Your team, as your packs name it</label>
        <input
          id="agent-team"
          value={team}
          maxLength={80}
          placeholder="billing-escalations"
          onInput={(event) => setTeam(event.currentTarget.value)}
        />
        <p class="settings-help">
          Snippets a pack keeps for certain teams show only to agents of those teams.
        </p>
        <button type="submit">Save</button>
      </fieldset>
    </form>
  );
}
