import { readFileSync } from 'node:fs';
import path from 'node:path';
import { derive } from './flink/index.js';
import type {
  Breakdown,
  ConfigResult,
  Entry,
  Finding,
  FlinkConfig,
  LintOptions,
  LoadProblem,
  Notice,
  Report,
} from './model/index.js';
import type { PolicyProblem, Settings } from './model/policy.js';
import { parseBaseline, type Baseline } from './policy/baseline.js';
import { evaluate } from './policy/evaluate.js';
import { builtinPolicyDir, loadPolicies, type PolicyPack } from './policy/load-policies.js';
import { loadSettings } from './policy/settings.js';
import { toConfigMap } from './sources/config-map.js';
import { discover } from './sources/discover.js';
import { loadFile } from './sources/load.js';
import { TOOL } from './version.js';

/** What a run needs before it reads the tree: the settings, the baseline, and the policy pack, on demand. */
export interface Prepared {
  settings: Settings;
  baseline?: Baseline;
  /** Compiles the built-in and user policies on first use (none when the tree holds no config). */
  pack: () => PolicyPack;
  notices: Notice[];
}

/** Compiled packs by folder list: the action lints the head and the base in one process. */
const packs = new Map<string, ReturnType<typeof loadPolicies>>();

/**
 * Reads the settings file and the baseline, and prepares the policy pack. Broken settings,
 * policies or baselines become notices: the run goes on with what is valid.
 */
export function prepare(options: LintOptions): Prepared {
  const notices: Notice[] = [];
  const { settings, problems } = loadSettings(options.cwd, options.configFile);
  for (const problem of problems) notices.push(setupNotice('settings-invalid', options.cwd, problem));
  const policyDirs = [builtinPolicyDir(), ...settings.policyDirs, ...(options.policyDirs ?? [])].map((dir) =>
    path.resolve(options.cwd, dir),
  );
  let baseline: Baseline | undefined;
  if (settings.baseline) {
    const file = path.resolve(options.cwd, settings.baseline);
    try {
      baseline = parseBaseline(readFileSync(file, 'utf8'), relative(options.cwd, file));
    } catch (err) {
      notices.push({
        code: 'baseline-invalid',
        message: `baseline ${relative(options.cwd, file)} not used: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  const pack = () => {
    const key = policyDirs.join('\0');
    let loaded = packs.get(key);
    if (!loaded) packs.set(key, (loaded = loadPolicies(policyDirs)));
    for (const problem of loaded.problems) notices.push(setupNotice('policy-invalid', options.cwd, problem));
    return loaded.pack;
  };
  return { settings, baseline, pack, notices };
}

function setupNotice(code: string, cwd: string, problem: PolicyProblem): Notice {
  return {
    code,
    message: problem.message,
    location: { file: relative(cwd, problem.file), line: problem.line ?? 1, column: 1 },
  };
}

/** Discovers, loads and derives every Flink config under the given paths, then evaluates the policies. */
export async function lint(options: LintOptions, prepared: Prepared = prepare(options)): Promise<Report> {
  const { settings, baseline } = prepared;
  const found = await discover({
    cwd: options.cwd,
    paths: options.paths,
    include: options.include,
    exclude: options.exclude,
  });
  const notices: Notice[] = [...found.notices];
  const results: ConfigResult[] = [];
  const sources = new Map<string, string>();
  const fileProblems: LoadProblem[] = [];
  const only = options.onlyFiles ? new Set(options.onlyFiles) : undefined;
  const maxConfigs = options.maxConfigs ?? MAX_CONFIGS;
  const unread: string[] = [];
  for (const candidate of found.candidates) {
    if (only && !only.has(candidate.path)) continue;
    if (results.length >= maxConfigs) {
      unread.push(candidate.path);
      continue;
    }
    const loaded = loadFile(candidate.path, candidate.text, {
      flinkVersion: options.flinkVersion,
      defaultFlinkVersion: settings.flinkVersion,
    });
    if (loaded.configs.length > 0 || loaded.problems.length > 0) sources.set(candidate.path, candidate.text);
    for (const problem of loaded.problems) {
      if (problem.code === 'yaml-error') fileProblems.push(problem);
      else notices.push({ code: problem.code, message: problem.message, location: problem.location });
    }
    const room = maxConfigs - results.length;
    if (loaded.configs.length > room) unread.push(candidate.path);
    for (const config of loaded.configs.slice(0, room)) {
      results.push({ config, breakdown: deriveConfig(config) });
      if (isEmptyFile(config))
        notices.push({
          code: 'empty-config',
          message: 'Sets no Flink option',
          location: { file: config.file, line: 1, column: 1 },
        });
    }
  }
  if (unread.length > 0)
    notices.push({
      code: 'limit',
      message: `Only the first ${maxConfigs} configs are linted: ${unread.length} files from ${unread[0]} on are left out, in whole or in part`,
      location: { file: unread[0], line: 1, column: 1 },
    });
  const pack = results.length > 0 || fileProblems.length > 0 ? prepared.pack() : { policies: [] };
  const { findings, suppressed } = evaluate(results, pack, settings, { sources, baseline, fileProblems });
  notices.push(...unreportedProblems(results, [...findings, ...suppressed]));
  notices.unshift(...prepared.notices);
  return {
    tool: { ...TOOL },
    configs: results,
    findings,
    suppressed,
    notices,
    policies: pack.policies.map((p) => p.policy),
    sources,
    summary: {
      files: found.files,
      configs: results.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      suppressed: suppressed.length,
    },
  };
}

/** Most configs one run derives and judges: time and memory stay bounded however large the tree. */
export const MAX_CONFIGS = 20_000;

/** A whole-file config with nothing in it (empty, or comments only). */
function isEmptyFile(config: FlinkConfig): boolean {
  return (
    (config.kind === 'flink-conf' || config.kind === 'config-yaml') &&
    config.entries.length === 0 &&
    config.problems.length === 0
  );
}

/** What a loader noticed that no policy turned into a finding on that line: said once, as a notice. */
function unreportedProblems(results: readonly ConfigResult[], reported: readonly Finding[]): Notice[] {
  const said = new Set(reported.map((f) => `${f.file}:${f.line}`));
  const notices: Notice[] = [];
  for (const { config } of results) {
    for (const problem of config.problems) {
      const key = `${problem.location.file}:${problem.location.line}`;
      if (said.has(key)) continue;
      said.add(key);
      notices.push({ code: problem.code, message: problem.message, location: problem.location });
    }
  }
  return notices;
}

/** The entries Flink applies, in order: the base file, then the config's own; placeholders left out. */
export function effectiveEntries(config: FlinkConfig): Entry[] {
  return [...(config.base?.entries ?? []), ...config.entries].filter((e) => !e.unresolved);
}

export function deriveConfig(config: FlinkConfig): Breakdown {
  return derive(toConfigMap(effectiveEntries(config)), {
    flinkVersion: config.flinkVersion,
    deployment: config.deployment,
    env: config.env ?? {},
  });
}

function relative(cwd: string, file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return rel.split(path.sep).join('/');
}
