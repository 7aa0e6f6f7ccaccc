export { EMPTY_SETTINGS, loadSettings, settingsFile, SETTINGS_FILE } from './settings.js';
export {
  builtinPolicyDir,
  compileTrustedPack,
  loadPolicies,
  type CompiledPolicy,
  type PolicyPack,
} from './load-policies.js';
export { type Baseline, createBaseline, fingerprint, parseBaseline } from './baseline.js';
export { evaluate, sortFindings } from './evaluate.js';
