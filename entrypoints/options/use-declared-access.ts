import { useEffect, useState } from 'preact/hooks';

import type { DeclaredHelpdeskAccess } from '../../components/HelpdeskRules';
import { browser } from '../../lib/browser';
import { permissionOriginOf } from '../../lib/helpdesks/rules/declared-adapter';
import type { HelpdeskRules } from '../../lib/helpdesks/rules/helpdesk-rules';

/** The packs' declared helpdesks with whether the agent has allowed each one's origin, kept current. */
export function useDeclaredAccess(rules: HelpdeskRules | undefined): DeclaredHelpdeskAccess[] {
  const [access, setAccess] = useState<DeclaredHelpdeskAccess[]>([]);
  useEffect(() => {
    if (!rules) return;
    let stale = false;
    const refresh = () => {
      void Promise.all(
        rules.declared.map(async (declared) => {
          const origin = permissionOriginOf(declared);
          const granted = origin !== '' && (await browser.permissions.contains({ origins: [origin] }));
          return { id: declared.id, name: declared.name, packName: declared.packName, origin, granted };
        }),
      ).then((next) => {
        if (!stale) setAccess(next);
      });
    };
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      stale = true;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [rules]);
  return access;
}
