import { browser } from '../browser';
import { permissionOriginOf } from '../helpdesks/rules/declared-adapter';
import { helpdeskRulesOf, type HelpdeskRules } from '../helpdesks/rules/helpdesk-rules';
import { installedPacksItem } from '../packs/installed-packs';
import { helpdeskRulesItem } from '../settings/helpdesk-rules';

/** The one registration that runs the declared-helpdesk script on every declared helpdesk the agent allowed. */
const DECLARED_SCRIPT_ID = 'touchpoint-declared-helpdesks';
/** The content script WXT builds from entrypoints/declared-helpdesk.content.ts (`registration: 'runtime'`). */
const CONTENT_SCRIPT_FILE = 'content-scripts/declared-helpdesk.js';

/** Packs in the order their content is joined (active-content.ts): by name, then id. */
async function activeRules(): Promise<HelpdeskRules> {
  const installed = await installedPacksItem.get();
  const packs = Object.values(installed)
    .map((entry) => entry.pack)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return helpdeskRulesOf(packs);
}

/** The declared helpdesks' origins, each with whether the agent has granted it. */
async function declaredOrigins(rules: HelpdeskRules): Promise<{ origin: string; granted: boolean }[]> {
  const origins = [...new Set(rules.declared.map(permissionOriginOf).filter((origin) => origin !== ''))];
  return Promise.all(
    origins.map(async (origin) => ({
      origin,
      granted: await browser.permissions.contains({ origins: [origin] }),
    })),
  );
}

/**
 * Runs the declared-helpdesk content script on the declared helpdesks whose origin the agent
 * granted, and on no other: re-registered whenever the packs or the granted permissions change.
 * Tabs already open on an origin the registration did not cover before get the script at once,
 * whether the agent just allowed it or a pack update just declared it, so no reload is needed.
 * A tab already running the script gets no second one: only a newly covered origin is injected
 * (and WXT stops an older instance of the same script when a new one starts).
 */
export async function registerDeclaredHelpdesks(rules: HelpdeskRules): Promise<void> {
  const granted = (await declaredOrigins(rules))
    .filter((origin) => origin.granted)
    .map(({ origin }) => origin);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [DECLARED_SCRIPT_ID] });
  const coveredBefore = new Set(registered.flatMap((script) => script.matches ?? []));
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [DECLARED_SCRIPT_ID] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: DECLARED_SCRIPT_ID, matches: granted, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
  ]);
  const newlyCovered = granted.filter((origin) => !coveredBefore.has(origin));
  if (newlyCovered.length === 0) return;
  for (const tab of await browser.tabs.query({ url: newlyCovered })) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(
      // A tab still loading or showing an error page: the registration covers its next load.
      () => undefined,
    );
  }
}

/** Collects the active packs' rules for the content scripts, then registers the declared helpdesks. */
export async function publishHelpdeskRules(): Promise<void> {
  const rules = await activeRules();
  await helpdeskRulesItem.update(() => rules);
  await registerDeclaredHelpdesks(rules);
}

function report(error: unknown): void {
  console.warn('Touchpoint: could not apply the packs’ helpdesk rules:', error);
}

/**
 * Keeps the helpdesk rules the content scripts read in step with the installed packs: a pack
 * update that fixes a selector reaches open helpdesk tabs without a reload.
 */
export function startHelpdeskRulesService(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === installedPacksItem.area && installedPacksItem.key in changes)
      publishHelpdeskRules().catch(report);
  });
  const onPermissionsChanged = () => {
    void helpdeskRulesItem.get().then(registerDeclaredHelpdesks).catch(report);
  };
  browser.permissions.onAdded.addListener(onPermissionsChanged);
  browser.permissions.onRemoved.addListener(onPermissionsChanged);
  browser.runtime.onInstalled.addListener(() => publishHelpdeskRules().catch(report));
  browser.runtime.onStartup.addListener(() => publishHelpdeskRules().catch(report));
}
