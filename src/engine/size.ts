import { flinkView } from '../derive/index.js';
import {
  defaultStateBackend,
  derive,
  imageDefaultConf,
  rawText,
  sizeInUnitsOf,
  sizeLike,
  solveSizing,
  stateBackendKeys,
  stateBackendName,
  stateBackendSetting,
  traitsOf,
  tryParseMemorySize,
  type SizingAnswer,
  type SizingRequest,
  type StateBackendName,
  type TaskManagerTargets,
} from '../flink/index.js';
import { linkAlone } from '../link/index.js';
import {
  NEWEST_FLINK_VERSION,
  type Breakdown,
  type ConfigKind,
  type ConfigMap,
  type ConfigValue,
  type Deployment,
  type FlinkConfig,
  type FlinkVersion,
  type ProcessName,
} from '../model/index.js';
import { loadFile } from '../sources/index.js';

/** What `size` is asked: the file to adjust (if any), the bound, the backend, slots and targets. */
export interface SizeInput {
  file?: { path: string; text: string };
  /** As `--flink-version`: wins over what the file says. */
  flinkVersion?: FlinkVersion;
  deployment?: Deployment;
  /** Upper bound on total process memory (a container limit or a given process size): "fit". Without: "minimum". */
  bound?: bigint;
  stateBackend?: StateBackendName;
  slots?: number;
  /** TaskManager targets; `metaspace` and `overhead` apply to the JobManager as well. */
  targets: TaskManagerTargets;
  components: ProcessName[];
  /** The configs of the file to answer for (`--select`, `--document`); default: every one. */
  pick?: (configs: readonly FlinkConfig[]) => readonly FlinkConfig[];
}

/** Where the answer starts from. */
export interface SizeSource {
  kind: ConfigKind | 'default';
  /** For people: the file and the resource in it, or the distribution's default file. */
  label: string;
  /** The config of the file the answer edits. */
  config?: FlinkConfig;
  /** Raw text of the operator's `resource.memory` per process, where the file writes one. */
  resourceMemory: Partial<Record<ProcessName, string>>;
}

export interface SizeOutcome {
  flinkVersion: FlinkVersion;
  deployment: Deployment;
  source: SizeSource;
  /** The configuration Flink sees before the edits. */
  base: ConfigMap;
  answers: Partial<Record<ProcessName, SizingAnswer>>;
  /** Explicit keys of the file that made the request impossible, removed to answer it. */
  dropped: { process: ProcessName; key: string; value: string; why: string }[];
  /** All edits, sizes written in the file's units. */
  set: Record<string, string>;
  /** A FlinkDeployment's `resource.memory` per process, in the units its file writes it (`4Gi`). */
  resourceMemory: Partial<Record<ProcessName, string>>;
  remove: string[];
  why: Record<string, string>;
  /** Every component sized has an answer. */
  feasible: boolean;
  /** The configuration with the edits applied, and what `derive` makes of it. */
  config: ConfigMap;
  breakdown: Breakdown;
  notes: string[];
}

/** A request the inputs cannot form (a file with no config, a backend the version lacks). */
export class SizeInputError extends Error {}

/**
 * The configs of the file to size: those that start the components asked for, of the ones `pick`
 * keeps (`--select`, `--document`; default all).
 */
function fileConfigs(input: SizeInput): FlinkConfig[] {
  const { path, text } = input.file as { path: string; text: string };
  const loaded = loadFile(path, text);
  const fatal = loaded.problems.find((p) => p.code === 'yaml-error' || p.code === 'limit');
  if (fatal) throw new SizeInputError(`${path}:${fatal.location.line}: ${fatal.message}`);
  const linked = linkAlone(path, loaded.configs, { override: input.flinkVersion });
  if (linked.length === 0) throw new SizeInputError(`${path} holds no Flink configuration this tool reads`);
  const picked = input.pick ? input.pick(linked) : linked;
  const starting = picked.filter((c) => input.components.every((p) => c.processes.includes(p)));
  if (starting.length === 0) {
    throw new SizeInputError(
      `${path} holds no configuration${picked.length < linked.length ? ' of those chosen' : ''} that starts the ${input.components.join(' and ')}`,
    );
  }
  return starting;
}

function describe(config: FlinkConfig): string {
  const kind: Record<ConfigKind, string> = {
    'flink-conf': 'flink-conf.yaml',
    'config-yaml': 'config.yaml',
    flinkdeployment: 'FlinkDeployment',
    flinksessionjob: 'FlinkSessionJob',
    configmap: 'ConfigMap',
    'kubernetes-workload': 'workload',
    'docker-compose': 'compose service',
    'helm-values': 'Helm values',
    flinkcluster: 'FlinkCluster',
    'vvp-deployment': 'Ververica Platform Deployment',
  };
  return `${config.file} (${kind[config.kind]}${config.name ? ` ${config.name}` : ''}, line ${config.line})`;
}

/** The raw `resource.memory` of a FlinkDeployment, read from its line: the operator's entry holds the converted value. */
function resourceMemoryText(config: FlinkConfig, text: string): Partial<Record<ProcessName, string>> {
  const lines = text.split('\n');
  const out: Partial<Record<ProcessName, string>> = {};
  for (const entry of config.entries) {
    if (entry.origin !== 'operator' || !entry.key.endsWith('.memory.process.size')) continue;
    const line = lines[entry.location.line - 1] ?? '';
    const m = /memory\s*:\s*["']?([^"'\s#]+)/.exec(line);
    if (m) out[entry.key.startsWith('taskmanager') ? 'taskmanager' : 'jobmanager'] = m[1];
  }
  return out;
}

function sourceOf(
  input: SizeInput,
  config: FlinkConfig | undefined,
): {
  source: SizeSource;
  base: ConfigMap;
  version: FlinkVersion;
  deployment: Deployment;
  notes: string[];
} {
  if (!input.file || !config) {
    const version = input.flinkVersion ?? NEWEST_FLINK_VERSION;
    const base = new Map<string, ConfigValue>(Object.entries(imageDefaultConf(version)));
    return {
      source: {
        kind: 'default',
        label: `the default configuration file of Flink ${version}`,
        resourceMemory: {},
      },
      base,
      version,
      deployment: input.deployment ?? 'standalone',
      notes: [],
    };
  }
  return {
    source: {
      kind: config.kind,
      label: describe(config),
      config,
      resourceMemory: resourceMemoryText(config, input.file.text),
    },
    base: flinkView(config),
    version: config.flinkVersion,
    deployment: input.deployment ?? config.deployment,
    notes: [],
  };
}

const HEAP_BACKENDS = new Set(['hashmap', 'jobmanager', 'filesystem']);

/** The backend the configuration names explicitly (`hashmap`, `rocksdb`, `forst`), if it names one of those. */
function writtenBackend(base: ConfigMap, version: FlinkVersion): { key?: string; name?: string } {
  const key = stateBackendKeys(version).find((k) => base.has(k));
  if (!key) return {};
  const name = stateBackendName(rawText(base.get(key) as ConfigValue), version);
  return { key, name: HEAP_BACKENDS.has(name) ? 'hashmap' : name };
}

function requestFor(
  process: ProcessName,
  input: SizeInput,
  config: ConfigMap,
  version: FlinkVersion,
  deployment: Deployment,
  backend: StateBackendName | undefined,
): SizingRequest {
  const common = {
    version,
    deployment,
    config,
    ...(input.bound !== undefined && { container: input.bound }),
  };
  const { metaspace, overhead } = input.targets;
  if (process === 'jobmanager') return { ...common, process, targets: { metaspace, overhead } };
  return {
    ...common,
    process,
    ...(backend && { stateBackend: backend }),
    ...(input.slots !== undefined && { slots: input.slots }),
    targets: input.targets,
  };
}

/**
 * The `size` command's work: the file's configuration (or the distribution's default one) as Flink
 * sees it, the sizing solver per component, the user's explicit keys kept unless they make the
 * request impossible, and the edited configuration derived as `derive` derives it.
 */
export function sizeConfig(input: SizeInput): SizeOutcome {
  return sizeConfigs(input)[0];
}

/** `sizeConfig` for each config of the file that starts the components (or the default file). */
export function sizeConfigs(input: SizeInput): SizeOutcome[] {
  if (!input.file) return [sizeOne(input, undefined)];
  return fileConfigs(input).map((config) => sizeOne(input, config));
}

function sizeOne(input: SizeInput, chosen: FlinkConfig | undefined): SizeOutcome {
  const { source, base: loaded, version, deployment, notes } = sourceOf(input, chosen);
  if (input.components.includes('jobmanager') && !traitsOf(version).jobManagerModel) {
    throw new SizeInputError(
      `Flink ${version} has no JobManager memory model (its scripts set the JVM heap from jobmanager.heap.size): size the taskmanager only`,
    );
  }
  const set = new Map<string, string>();
  const remove = new Set<string>();
  const why = new Map<string, string>();

  const written = writtenBackend(loaded, version);
  let backend = input.stateBackend;
  if (backend !== undefined) {
    const value = stateBackendSetting(backend, version);
    if (value === undefined) throw new SizeInputError(`Flink ${version} has no ${backend} state backend`);
    const current = written.name ?? (HEAP_BACKENDS.has(defaultStateBackend(version)) ? 'hashmap' : undefined);
    if (current !== backend && input.components.includes('taskmanager')) {
      const key = written.key ?? stateBackendKeys(version)[0];
      set.set(key, value);
      why.set(key, `The requested state backend (${value}); its memory needs decide managed memory.`);
    }
  } else if (written.name === 'hashmap' || written.name === 'rocksdb' || written.name === 'forst') {
    backend = written.name;
    notes.push(`State backend ${written.name}, as ${written.key} says.`);
  }
  const base = new Map(loaded);
  for (const [k, v] of set) base.set(k, v);

  const answers: Partial<Record<ProcessName, SizingAnswer>> = {};
  const dropped: SizeOutcome['dropped'] = [];
  let feasible = true;
  for (const process of input.components) {
    let answer = solveSizing(requestFor(process, input, base, version, deployment, backend));
    if (!answer.feasible && answer.withoutBlockers) {
      for (const b of answer.blockers) {
        dropped.push({ process, key: b.key, value: b.value, why: b.why });
        remove.add(b.key);
        why.set(b.key, b.why);
      }
      answers[process] = answer;
      answer = answer.withoutBlockers;
    }
    answers[process] = answer;
    // An infeasible answer's edits put the process at the size that shows the problem.
    if (!answer.feasible) feasible = false;
    applyAnswer(answer, set, remove, why);
  }

  const styledSet: Record<string, string> = {};
  for (const [k, v] of set) styledSet[k] = sizeInUnitsOf(k, v, version, loaded);
  const resourceMemory: Partial<Record<ProcessName, string>> = {};
  if (source.kind === 'flinkdeployment') {
    for (const process of ['taskmanager', 'jobmanager'] as const) {
      const value = styledSet[`${process}.memory.process.size`];
      const bytes = value === undefined ? undefined : tryParseMemorySize(value);
      const example = source.resourceMemory[process] ?? Object.values(source.resourceMemory)[0];
      if (bytes !== undefined) resourceMemory[process] = sizeLike(bytes, example, value);
    }
  }
  const config = new Map(loaded);
  for (const k of remove) config.delete(k);
  for (const [k, v] of Object.entries(styledSet)) config.set(k, v);
  const breakdown = derive(config, { flinkVersion: version, deployment, env: source.config?.env ?? {} });
  return {
    flinkVersion: version,
    deployment,
    source,
    base: loaded,
    answers,
    dropped,
    set: styledSet,
    resourceMemory,
    remove: [...remove],
    why: Object.fromEntries(why),
    feasible,
    config,
    breakdown,
    notes,
  };
}

function applyAnswer(
  answer: SizingAnswer,
  set: Map<string, string>,
  remove: Set<string>,
  why: Map<string, string>,
): void {
  for (const key of answer.remove) {
    set.delete(key);
    remove.add(key);
    why.set(key, answer.why[key]);
  }
  for (const [key, value] of Object.entries(answer.set)) {
    remove.delete(key);
    set.set(key, value);
    why.set(key, answer.why[key]);
  }
}
