import type { PolicyPack } from './load-policies.js';
import type { PolicyProblem, Settings } from '../model/index.js';
import { EMPTY_SETTINGS, settingsFile } from './settings-scope.js';

// ajv and what compiles with it (policies, the settings file's schema) load on demand: they are
// chunks of their own in the bundle, so a run that judges nothing and reads no settings file
// (`derive`, a tree without configs) never loads them.

/** Compiles the policies of `dirs` (`loadPolicies`), loading ajv and the compiler first. */
export async function compilePolicies(
  dirs: readonly string[],
  options: { trusted?: readonly string[] } = {},
): Promise<{ pack: PolicyPack; problems: PolicyProblem[] }> {
  const { loadPolicies } = await import('./load-policies.js');
  return loadPolicies(dirs, options);
}

/**
 * The settings of a run (`settings.ts` `loadSettings`): the defaults, without loading ajv, where
 * there is no settings file and none was named.
 */
export async function loadSettings(
  cwd: string,
  configFile?: string,
  workspace = cwd,
): Promise<{ settings: Settings; problems: PolicyProblem[] }> {
  if (settingsFile(cwd, configFile) === undefined) return { settings: EMPTY_SETTINGS, problems: [] };
  return (await import('./settings.js')).loadSettings(cwd, configFile, workspace);
}
