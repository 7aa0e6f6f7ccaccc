export { EMPTY_SETTINGS, settingsFile, SETTINGS_FILE } from './settings-scope.js';
export { builtinPolicyDir } from './builtin-dir.js';
// Types only: the compiler and ajv load on demand (compile.ts).
export type { CompiledPolicy, PolicyPack } from './load-policies.js';
export { compilePolicies, loadSettings } from './compile.js';
export { type Baseline, createBaseline, fingerprint, parseBaseline } from './baseline.js';
export { evaluate, fileProblemsId, sortFindings, type Evaluation } from './evaluate.js';
