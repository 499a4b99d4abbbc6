import { helpdeskName } from '../lib/helpdesks/names';
import type { HelpdeskRules } from '../lib/helpdesks/rules/helpdesk-rules';

export interface DeclaredHelpdeskAccess {
  id: string;
  name: string;
  packName: string;
  /** The match pattern asked for, e.g. "https://desk.acme.example/*". */
  origin: string;
  granted: boolean;
}

function fieldList(fields: object): string {
  return Object.keys(fields).join(', ');
}

/**
 * What the packs change about reading helpdesk pages: selector overrides on the built-in
 * helpdesks, and helpdesks a pack declares, each of which Touchpoint may read only once the
 * agent allows its one origin (an optional host permission, asked for by the button).
 */
export function HelpdeskRulesSettings({
  rules,
  declared,
  onAllow,
  onRevoke,
  status,
}: {
  rules: HelpdeskRules;
  declared: readonly DeclaredHelpdeskAccess[];
  onAllow: (origin: string) => void;
  onRevoke: (origin: string) => void;
  status: string;
}) {
  if (rules.overrides.length === 0 && declared.length === 0) {
    return <p class="settings-help">No pack changes how helpdesk pages are read.</p>;
  }
  return (
    <>
      {rules.overrides.length > 0 && (
        <ul class="override-list">
          {rules.overrides.map((override) => (
            <li key={`${override.packId}/${override.helpdesk}`}>
              {helpdeskName(override.helpdesk)}: {fieldList(override.fields)} read with the override from{' '}
              {override.packName}
            </li>
          ))}
        </ul>
      )}
      {declared.length > 0 && (
        <ul class="declared-helpdesks">
          {declared.map((helpdesk) => (
            <li key={helpdesk.id}>
              <strong>{helpdesk.name}</strong> (declared by {helpdesk.packName}) at{' '}
              <code>{helpdesk.origin}</code>
              {helpdesk.granted ? (
                <>
                  {' '}
                  — allowed.{' '}
                  <button type="button" onClick={() => onRevoke(helpdesk.origin)}>
                    Stop reading {helpdesk.name}
                  </button>
                </>
              ) : (
                <>
                  {' '}
                  — not allowed yet: Touchpoint reads its pages only after you allow this one site.{' '}
                  <button type="button" onClick={() => onAllow(helpdesk.origin)}>
                    Allow Touchpoint on {helpdesk.name}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="settings-status" role="status">
        {status}
      </p>
    </>
  );
}
