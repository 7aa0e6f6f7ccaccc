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
 * (or the Kubernetes operator) cannot read or size is what is reported.
 */
export function evaluate(results: readonly ConfigResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const { config, breakdown } of results) {
    const before = findings.length;
    for (const problem of config.problems) {
      const failsLoad =
        problem.code === 'yaml-error' || (problem.code === 'null-value' && config.kind === 'config-yaml');
      if (failsLoad)
        findings.push({ ...unparseable(problem.message, problem.location), configId: config.id });
      if (problem.code === 'operator-rejected') {
        findings.push({ ...failed(problem.message, problem.location), configId: config.id });
      }
    }
    if (findings.length > before) continue;
    for (const process of config.processes) {
      const failure = processFailure(config, breakdown, process);
      if (failure) findings.push(failure);
    }
  }
  return findings;
}

const PROCESS_LABEL: Record<ProcessName, { name: string; field: string }> = {
  taskmanager: { name: 'TaskManager', field: 'taskManager' },
  jobmanager: { name: 'JobManager', field: 'jobManager' },
};

/** Keys that decide a process's size, strongest first: a config setting none of them is a fragment. */
const SIZE_KEYS = (p: ProcessName): string[] => [
  `${p}.memory.process.size`,
  `${p}.memory.flink.size`,
  p === 'taskmanager' ? 'taskmanager.memory.task.heap.size' : 'jobmanager.memory.heap.size',
  `${p}.heap.size`,
  `${p}.heap.mb`,
];

function processFailure(
  config: FlinkConfig,
  breakdown: Breakdown,
  process: ProcessName,
): Finding | undefined {
  const result = breakdown[process];
  if (result.ok || result.error === undefined) return undefined;
  const placeholders = config.entries.some(
    (e) => e.unresolved && e.key.startsWith(`${process}.`) && isMemoryKey(e.key),
  );
  if (placeholders) return undefined;
  const live = effectiveEntries(config).filter((e) => !e.overriddenBy);
  const sized = live.some((e) => SIZE_KEYS(process).includes(e.key));
  if (
    config.kind === 'flinkdeployment' &&
    !live.some((e) => e.origin === 'operator' && e.key === `${process}.memory.process.size`)
  ) {
    // The operator's validator runs Flink's derivation when no resource memory is given (spec §9.3).
    const { name, field } = PROCESS_LABEL[process];
    const message = `${name} resource memory must be defined using \`spec.${field}.resource.memory\``;
    return {
      ...failed(
        message,
        sized ? (relevantEntry(live, process, result.error)?.location ?? at(config)) : at(config),
      ),
      configId: config.id,
      process,
    };
  }
  // A fragment that sizes nothing for this process is not judged on its own.
  if (!sized) return undefined;
  const entry = relevantEntry(live, process, result.error);
  return {
    ...failed(result.error, entry?.location ?? at(config)),
    configId: config.id,
    process,
    ...(entry ? { key: entry.key } : {}),
  };
}

function at(config: FlinkConfig): { file: string; line: number; column: number } {
  return { file: config.file, line: config.line, column: config.column };
}

/** The entry a failure is about: a key Flink's message names (its size key first), else the size key. */
function relevantEntry(live: readonly Entry[], process: ProcessName, message: string): Entry | undefined {
  const named = live.filter((e) => message.includes(e.key));
  const pool = named.length > 0 ? named : live;
  for (const key of SIZE_KEYS(process)) {
    const hit = pool.find((e) => e.key === key);
    if (hit) return hit;
  }
  return named[0] ?? pool.find((e) => e.key.startsWith(`${process}.`) && isMemoryKey(e.key));
}

function failed(message: string, location: { file: string; line: number; column: number }): Finding {
  return {
    ruleId: 'derivation-failed',
    severity: 'error',
    message,
    file: location.file,
    line: location.line,
    column: location.column,
  };
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
