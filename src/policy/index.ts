export { loadSettings, SETTINGS_FILE } from './settings.js';
export { builtinPolicyDir, loadPolicies, type PolicyPack } from './load-policies.js';
export { type Baseline, createBaseline, fingerprint, parseBaseline } from './baseline.js';
export { evaluate, sortFindings } from './evaluate.js';
