// The page's one door into the engine: every module of `src/` the playground uses is named here and
// nowhere else, so a move in `src/` is followed by editing this file alone.
//
// The stages' doors (`policy/index.ts`, `sources/index.ts`) also export what reads files, runs git
// or hashes (`policy/settings.ts`, `policy/load-policies.ts`, `policy/baseline.ts`,
// `sources/discover/`). The page uses only their pure functions; the build
// (scripts/build-playground.mjs) drops the rest and fails if a Node built-in is still reached,
// apart from the one it names.
import type { ConfigResult, Deployment, Finding, LoadProblem, Policy } from '../../src/model/index.js';
import { deriveConfig } from '../../src/derive/index.js';
import { linkAlone } from '../../src/link/index.js';
import { evaluate, type PolicyPack } from '../../src/policy/index.js';
import { createAjv } from '../../src/policy/schema-compiler.js';
import { EMPTY_SETTINGS } from '../../src/policy/settings.js';
import { loadFile } from '../../src/sources/index.js';

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
export { loadFile };

/** One pasted file, and what the page lets people choose beside it. */
export interface TextInput {
  /** The name the file would have in a repository: `lint` reads a file by its name and its shape. */
  path: string;
  text: string;
  /** As `lint --flink-version`: wins over what the file says. */
  flinkVersion?: string;
  /** How the processes are started, in place of what the file implies. */
  deployment?: Deployment;
}

export interface TextResult {
  results: ConfigResult[];
  findings: Finding[];
  suppressed: Finding[];
  /** What the reader noticed about the file as a whole (it does not parse, a shape it skips). */
  problems: LoadProblem[];
}

/**
 * One file as `lint` sees it without a settings file: read, derived, judged by the pack. Findings
 * are evaluate()'s own, suppression comments and annotations included.
 */
export function lintText(input: TextInput, pack: PolicyPack): TextResult {
  const loaded = loadFile(input.path, input.text);
  const linked = linkAlone(input.path, loaded.configs, { override: input.flinkVersion });
  const configs = input.deployment
    ? linked.map((config) => ({ ...config, deployment: input.deployment! }))
    : linked;
  const results = configs.map((config) => ({ config, breakdown: deriveConfig(config) }));
  const { findings, suppressed } = evaluate(results, pack, EMPTY_SETTINGS, {
    sources: new Map([[input.path, input.text]]),
    // As lint-files.ts does: a file that does not parse is judged by the policies over `problems`.
    fileProblems: loaded.problems.filter((p) => p.code === 'yaml-error'),
  });
  return { results, findings, suppressed, problems: loaded.problems };
}

/** The built-in pack, compiled as `loadPolicies` compiles a trusted folder (its tests check the files). */
export function compilePack(policies: readonly Policy[]): PolicyPack {
  const ajv = createAjv({ messages: false });
  return {
    policies: policies.map((policy) => ({
      policy,
      file: `policies/${policy.id}.json`,
      ...(policy.when === undefined ? {} : { when: ajv.compile(policy.when) }),
      ...(policy.require === undefined ? {} : { require: ajv.compile(policy.require) }),
    })),
  };
}
