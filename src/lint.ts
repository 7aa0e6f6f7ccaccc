import { derive } from './flink/index.js';
import type {
  Breakdown,
  ConfigResult,
  Entry,
  Finding,
  FlinkConfig,
  LintOptions,
  Notice,
  ProcessName,
  Report,
} from './model/index.js';
import { SEVERITIES } from './model/index.js';
import { toConfigMap } from './sources/config-map.js';
import { discover } from './sources/discover.js';
import { loadFile } from './sources/load.js';
import { isMemoryKey } from './sources/memory-keys.js';
import { TOOL } from './version.js';

/** Discovers, loads and derives every Flink config under the given paths, then reports findings. */
export async function lint(options: LintOptions): Promise<Report> {
  const found = await discover({
    cwd: options.cwd,
    paths: options.paths,
    include: options.include,
    exclude: options.exclude,
  });
  const notices: Notice[] = [...found.notices];
  const findings: Finding[] = [];
  const results: ConfigResult[] = [];
  const only = options.onlyFiles ? new Set(options.onlyFiles) : undefined;
  for (const candidate of found.candidates) {
    if (only && !only.has(candidate.path)) continue;
    const loaded = loadFile(candidate.path, candidate.text, { flinkVersion: options.flinkVersion });
    for (const problem of loaded.problems) {
      if (problem.code === 'yaml-error') findings.push(unparseable(problem.message, problem.location));
      else notices.push({ code: problem.code, message: problem.message, location: problem.location });
    }
    for (const config of loaded.configs) results.push({ config, breakdown: deriveConfig(config) });
  }
  findings.push(...evaluate(results));
  findings.sort(compareFindings);
  return {
    tool: { name: TOOL.name, version: TOOL.version },
    configs: results,
    findings,
    suppressed: [],
    notices,
    summary: {
      files: found.files,
      configs: results.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      suppressed: 0,
    },
  };
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

/**
 * The findings of a run. The policy engine replaces this with its rules; until then a config Flink
 * cannot read or size is what is reported.
 */
export function evaluate(results: readonly ConfigResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const { config, breakdown } of results) {
    for (const problem of config.problems) {
      const failsLoad =
        problem.code === 'yaml-error' || (problem.code === 'null-value' && config.kind === 'config-yaml');
      if (failsLoad)
        findings.push({ ...unparseable(problem.message, problem.location), configId: config.id });
    }
    if (findings.some((f) => f.configId === config.id)) continue;
    for (const process of config.processes) {
      const result = breakdown[process];
      if (result.ok || result.error === undefined) continue;
      const own = effectiveEntries(config).filter(
        (e) => e.key.startsWith(`${process}.`) && isMemoryKey(e.key),
      );
      const unresolved = config.entries.some(
        (e) => e.unresolved && e.key.startsWith(`${process}.`) && isMemoryKey(e.key),
      );
      // A config that sizes nothing (a fragment) or whose sizes are placeholders is not judged.
      if (own.length === 0 || unresolved) continue;
      const at = relevantEntry(config, process, result.error);
      findings.push({
        ruleId: 'derivation-failed',
        severity: 'error',
        message: result.error,
        file: at?.location.file ?? config.file,
        line: at?.location.line ?? config.line,
        column: at?.location.column ?? config.column,
        configId: config.id,
        process,
        ...(at ? { key: at.key } : {}),
      });
    }
  }
  return findings;
}

/** Keys that most often decide a process's size, strongest first. */
const RELEVANT_KEYS = (p: ProcessName): string[] => [
  `${p}.memory.process.size`,
  `${p}.memory.flink.size`,
  p === 'taskmanager' ? 'taskmanager.memory.task.heap.size' : 'jobmanager.memory.heap.size',
  `${p}.heap.size`,
  `${p}.heap.mb`,
];

/** The entry a failure is about: a key Flink's message names, else the process's size key. */
function relevantEntry(config: FlinkConfig, process: ProcessName, message: string): Entry | undefined {
  const live = effectiveEntries(config).filter((e) => !e.overriddenBy);
  const named = live.filter((e) => message.includes(`'${e.key}'`) || message.includes(e.key));
  const pool = named.length > 0 ? named : live;
  for (const key of RELEVANT_KEYS(process)) {
    const hit = pool.find((e) => e.key === key);
    if (hit) return hit;
  }
  return pool.find((e) => e.key.startsWith(`${process}.`) && isMemoryKey(e.key));
}

function unparseable(message: string, location: { file: string; line: number; column: number }): Finding {
  return {
    ruleId: 'config-unparseable',
    severity: 'error',
    message,
    file: location.file,
    line: location.line,
    column: location.column,
  };
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  );
}
