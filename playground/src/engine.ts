// The page's one door into the engine: every module of `src/` the playground uses is named here and
// nowhere else, so a move in `src/` is followed by editing this file alone.
//
// The stages' doors (`policy/index.ts`, `sources/index.ts`) also export what reads files, runs git
// or hashes (`policy/settings.ts`, `policy/load-policies.ts`, `policy/baseline.ts`,
// `sources/discover/`). The page uses only their pure functions; the build
// (scripts/build-playground.mjs) drops the rest and fails if a Node built-in is still reached,
// apart from the one it names.
import { lintText, type TextInput, type TextResult } from '../../src/engine/index.js';
import type { Policy } from '../../src/model/index.js';
import { EMPTY_SETTINGS, type PolicyPack } from '../../src/policy/index.js';
// The compiler itself: the door loads it on demand (policy/compile.ts), the page compiles at once.
import { compileTrustedPack } from '../../src/policy/load-policies.js';
import { loadFile, wholeFileFormat } from '../../src/sources/index.js';

export type { TextInput, TextResult } from '../../src/engine/index.js';
export { flinkConfReading } from '../../src/flink/index.js';

export type {
  Breakdown,
  ConfigKind,
  ConfigResult,
  Deployment,
  Finding,
  FlinkConfig,
  FlinkVersion,
  JobManagerMemory,
  JobManagerResult,
  LoadProblem,
  Policy,
  ProcessName,
  TaskManagerMemory,
  TaskManagerResult,
} from '../../src/model/index.js';
export type { PolicyPack } from '../../src/policy/index.js';
export type { Suggestion } from '../../src/report/suggestion.js';
export { DEPLOYMENTS, FLINK_VERSIONS } from '../../src/model/index.js';
export { formatChange, formatSize } from '../../src/flink/index.js';
export { suggestFix } from '../../src/report/index.js';
export { jobManagerText, taskManagerText } from '../../src/report/breakdown-text.js';
export { loadFile, wholeFileFormat };

/** One pasted file as `lint` sees it without a settings file: read, derived, judged by the pack. */
export function lintPasted(input: TextInput, pack: PolicyPack): TextResult {
  return lintText(input, pack, EMPTY_SETTINGS);
}

/** The built-in pack, compiled as a run compiles it. */
export function compilePack(policies: readonly Policy[]): PolicyPack {
  return compileTrustedPack(policies);
}
