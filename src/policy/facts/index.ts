import { flinkConfReading, formatSize, parseJavaInt, versionCode } from '../../flink/index.js';
import { flinkView } from '../../derive/index.js';
import { FACTS_VERSION, type ConfigResult, type Facts, type OptionFacts } from '../../model/index.js';
import { entriesFacts } from './entries.js';
import { jobRuntime } from './job.js';
import { networkFacts } from './network.js';
import { backendShare, weightFacts } from './managed.js';
import { rounded } from './memory-values.js';
import { optionFacts } from './options.js';
import { processFacts, type FactsContext } from './process.js';
import { allocatorFacts, pythonFacts } from './runtime.js';
import { stateBackendFacts } from './state-backend.js';

export { memoryValueFacts } from './memory-values.js';
export { optionType } from './options.js';
export type { FactsContext } from './process.js';

/**
 * Builds the Facts document of one config (docs/facts.md), from what Flink sees of it, the same
 * view the derivation reads. Pure; called once per config per run.
 */
export function buildFacts(result: ConfigResult, context: FactsContext = {}): Facts {
  const { config } = result;
  const version = config.flinkVersion;
  const view = flinkView(config);
  const env = config.env ?? {};
  const entries = entriesFacts(config.entries, version, config.deployment, view, env, config.file);
  const options = optionFacts(view, version);
  const slots = intOption(options['taskmanager.numberOfTaskSlots'], 1);
  const taskmanager = processFacts('taskmanager', result, options, entries, context);
  const jobmanager = processFacts('jobmanager', result, options, entries, context);
  const managed = taskmanager.memory?.managed;
  // A removed heap key of a process another key sizes is only ignored: moving its value to the
  // successor would change the process.
  for (const entry of entries.list) {
    const owner = entry.key.startsWith('taskmanager.') ? taskmanager : jobmanager;
    if (entry.legacy?.reading === 'removed' && owner.sized) delete entry.replacedBy;
  }
  const stateBackend = stateBackendFacts(view, version, slots);
  const python = pythonFacts(config, view);
  const { job, runtimeMode, runtimeModeSource, assumed } = jobRuntime(config, view, stateBackend, slots);
  const batch = runtimeMode === 'BATCH';
  const network = networkFacts(config, view, result.breakdown.taskmanager, slots, job, runtimeMode, assumed);
  // The use cases the job declares share a slot's managed memory by weight (RocksDB/ForSt declares
  // STATE_BACKEND whatever its memory options); only those that then allocate it fail without a
  // weight: RocksDB takes fixed-per-slot memory first, and none at all with memory.managed false.
  const consumers = [
    ...(stateBackend.usesManagedMemory ? ['STATE_BACKEND'] : []),
    ...(python.detected && python.memoryManaged ? ['PYTHON'] : []),
    ...(batch ? ['OPERATOR'] : []),
  ];
  const backendAllocates = stateBackend.memoryManaged && stateBackend.fixedPerSlot === undefined;
  const allocating = consumers.filter((c) => c !== 'STATE_BACKEND' || backendAllocates);
  const managedWeights = weightFacts(view, version, allocating);
  const managedPerSlot = managed !== undefined && slots > 0 ? Math.floor(managed / slots) : undefined;
  if (stateBackend.usesManagedMemory && managedPerSlot !== undefined) {
    stateBackend.managedPerSlot = backendShare(managedWeights, consumers, managedPerSlot);
    stateBackend.managedPerSlotRounded = rounded(stateBackend.managedPerSlot);
  }
  let totalMemory = 0;
  for (const p of [taskmanager, jobmanager]) {
    if (p.present && p.memory) totalMemory += p.memory.totalProcess * (p.replicas ?? 1);
  }
  return {
    factsVersion: FACTS_VERSION,
    config: {
      id: config.id,
      file: config.file,
      line: config.line,
      column: config.column,
      kind: config.kind,
      name: config.name,
      flinkVersion: version,
      versionCode: versionCode(version),
      flinkConfYaml: flinkConfReading(version),
      flinkVersionSource: config.flinkVersionSource,
      deployment: config.deployment,
      processes: config.processes,
      image: config.image,
      annotations: config.annotations ?? {},
      totalMemory,
      ...preMemoryModelFacts(result, entries.byKey),
    },
    entries: entries.byKey,
    entryList: entries.list,
    options,
    taskmanager,
    jobmanager,
    stateBackend,
    slots,
    managedPerSlot,
    runtimeMode,
    runtimeModeSource,
    batch,
    job,
    network,
    assumed,
    python,
    managedWeights,
    env,
    allocator: allocatorFacts(config, view),
    ...(config.preMemoryModel && !config.preMemoryModel.certain
      ? {
          assumed: {
            ...assumed,
            'config.preMemoryModel': {
              what: 'that the file is written for a Flink version before 1.10, as its keys are: nothing in the repository names the version',
              certain:
                'name the version (a Flink image, a Dockerfile, the settings file’s flinkVersion or --flink-version)',
            },
          },
        }
      : {}),
    problems: config.problems.map((p) => ({
      code: p.code,
      message: p.message,
      line: p.location.line,
      column: p.location.column,
    })),
  };
}

function intOption(option: OptionFacts | undefined, fallback: number): number {
  if (!option) return fallback;
  return option.number ?? parseJavaInt(option.value) ?? fallback;
}

/**
 * A config written for the memory model before Flink 1.10: its old keys, where the first is, and
 * what Flink 1.10 (the version it is judged as) makes of the same file.
 */
function preMemoryModelFacts(
  result: ConfigResult,
  entries: Facts['entries'],
): Pick<Facts['config'], 'preMemoryModel'> {
  const model = result.config.preMemoryModel;
  if (!model) return {};
  const first = model.keys.map((k) => entries[k]).find((e) => e !== undefined);
  const tm = result.breakdown.taskmanager;
  const meaning = tm.ok
    ? `Flink ${result.config.flinkVersion} reads the same file as a TaskManager of ${formatSize(tm.memory.totalProcess)} Total Process memory (${formatSize(tm.memory.totalFlink)} Total Flink memory: ${formatSize(tm.memory.taskHeap)} task heap, ${formatSize(tm.memory.managed)} managed, ${formatSize(tm.memory.network)} network)`
    : 'unsupported' in tm && tm.unsupported
      ? `Flink ${result.config.flinkVersion} starts no TaskManager from it`
      : `Flink ${result.config.flinkVersion} refuses the same file: ${tm.error}`;
  return {
    preMemoryModel: {
      keys: model.keys,
      certain: model.certain,
      evidence: model.certain
        ? `it runs on Flink ${result.config.versionBeforeMemoryModel ?? 'before 1.10'} (${result.config.flinkVersionSource.replace(/ \(outside [^)]*\)$/, '')})`
        : 'nothing in the repository names its Flink version',
      meaning,
      ...(first ? { line: first.line, column: first.column } : {}),
    },
  };
}
