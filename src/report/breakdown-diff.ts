import type {
  ConfigResult,
  JobManagerMemory,
  JobManagerResult,
  ProcessName,
  TaskManagerMemory,
  TaskManagerResult,
} from '../model/index.js';

export interface Component<M> {
  label: string;
  bytes: (memory: M) => bigint;
}

/** The rows of a TaskManager table, in the order people read them. */
export const TASKMANAGER_COMPONENTS: readonly Component<TaskManagerMemory>[] = [
  { label: 'Total Process', bytes: (m) => m.totalProcess },
  { label: 'Total Flink', bytes: (m) => m.totalFlink },
  { label: 'JVM Heap', bytes: (m) => m.frameworkHeap + m.taskHeap },
  { label: 'Task Heap', bytes: (m) => m.taskHeap },
  { label: 'Managed', bytes: (m) => m.managed },
  { label: 'Network', bytes: (m) => m.network },
  { label: 'Framework Heap', bytes: (m) => m.frameworkHeap },
  { label: 'Framework Off-Heap', bytes: (m) => m.frameworkOffHeap },
  { label: 'Task Off-Heap', bytes: (m) => m.taskOffHeap },
  { label: 'JVM Metaspace', bytes: (m) => m.jvmMetaspace },
  { label: 'JVM Overhead', bytes: (m) => m.jvmOverhead },
];

const JOBMANAGER_COMPONENTS: readonly Component<JobManagerMemory>[] = [
  { label: 'Total Process', bytes: (m) => m.totalProcess },
  { label: 'Total Flink', bytes: (m) => m.totalFlink },
  { label: 'JVM Heap', bytes: (m) => m.jvmHeap },
  { label: 'Off-Heap', bytes: (m) => m.offHeap },
  { label: 'JVM Metaspace', bytes: (m) => m.jvmMetaspace },
  { label: 'JVM Overhead', bytes: (m) => m.jvmOverhead },
];

/** The parts that add up to Total Process, for a picture of the breakdown. */
export const TASKMANAGER_PARTS: readonly Component<TaskManagerMemory>[] = [
  'Framework Heap',
  'Task Heap',
  'Managed',
  'Framework Off-Heap',
  'Task Off-Heap',
  'Network',
  'JVM Metaspace',
  'JVM Overhead',
].map((label) => TASKMANAGER_COMPONENTS.find((c) => c.label === label)!);

export const JOBMANAGER_PARTS: readonly Component<JobManagerMemory>[] = JOBMANAGER_COMPONENTS.slice(2);

export type ProcessResult = TaskManagerResult | JobManagerResult;

export interface ComponentRow {
  label: string;
  base?: bigint;
  head?: bigint;
}

/** Bytes per component of a derived process, or undefined when Flink refused or had no model. */
export function componentRows(
  process: ProcessName,
  result: ProcessResult,
): { label: string; bytes: bigint }[] | undefined {
  if (!result.ok) return undefined;
  const components = (
    process === 'taskmanager' ? TASKMANAGER_COMPONENTS : JOBMANAGER_COMPONENTS
  ) as readonly Component<typeof result.memory>[];
  return components.map((c) => ({ label: c.label, bytes: c.bytes(result.memory) }));
}

export interface ProcessDiff {
  process: ProcessName;
  base?: ProcessResult;
  head?: ProcessResult;
  rows: ComponentRow[];
  changed: boolean;
}

export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ConfigDiff {
  /** The file on the head side (the base side's for a removed config). */
  file: string;
  /** Position of the config among its file's configs, from 0. */
  index: number;
  base?: ConfigResult;
  head?: ConfigResult;
  status: DiffStatus;
  processes: ProcessDiff[];
}

/** Why Flink gave no breakdown (`ErrorType: message`, or `unsupported: reason`); undefined for a breakdown. */
export function failureText(result: ProcessResult | undefined): string | undefined {
  if (!result || result.ok) return undefined;
  return 'unsupported' in result ? `unsupported: ${result.reason}` : `${result.errorType}: ${result.error}`;
}

function diffProcess(process: ProcessName, base?: ConfigResult, head?: ConfigResult): ProcessDiff {
  const baseResult = base?.breakdown[process];
  const headResult = head?.breakdown[process];
  const baseRows = baseResult && componentRows(process, baseResult);
  const headRows = headResult && componentRows(process, headResult);
  const labels = (headRows ?? baseRows ?? []).map((r) => r.label);
  const rows = labels.map((label, i) => ({ label, base: baseRows?.[i]?.bytes, head: headRows?.[i]?.bytes }));
  const changed =
    rows.some((r) => r.base !== r.head) ||
    failureText(baseResult) !== failureText(headResult) ||
    (baseResult === undefined) !== (headResult === undefined);
  return { process, base: baseResult, head: headResult, rows, changed };
}

/** A lint run compared with a git revision (`lint --base REF`). */
export interface Comparison {
  /** The ref as the user gave it. */
  ref: string;
  /** The commit it names. */
  commit: string;
  diffs: ConfigDiff[];
}

function entriesText(result: ConfigResult): string {
  return JSON.stringify(result.config.entries.map((e) => [e.key, String(e.value), e.origin]));
}

/** Configs grouped by file, each file's in the order they appear in it. */
function byFile(results: readonly ConfigResult[]): Map<string, ConfigResult[]> {
  const files = new Map<string, ConfigResult[]>();
  for (const result of results) {
    const list = files.get(result.config.file) ?? [];
    list.push(result);
    files.set(result.config.file, list);
  }
  for (const list of files.values())
    list.sort((a, b) => a.config.line - b.config.line || a.config.column - b.config.column);
  return files;
}

/**
 * Pairs base and head configs by file and position in the file and compares their breakdowns.
 * `renamed` maps a head path to its base path for files the change moved.
 */
export function diffConfigs(
  base: readonly ConfigResult[],
  head: readonly ConfigResult[],
  renamed: ReadonlyMap<string, string> = new Map(),
): ConfigDiff[] {
  const baseFiles = byFile(base);
  const headFiles = byFile(head);
  const toHead = new Map([...renamed].map(([headPath, basePath]) => [basePath, headPath]));
  const files = new Set([...headFiles.keys(), ...[...baseFiles.keys()].map((f) => toHead.get(f) ?? f)]);
  const diffs: ConfigDiff[] = [];
  for (const file of [...files].sort()) {
    const headList = headFiles.get(file) ?? [];
    const baseList = baseFiles.get(renamed.get(file) ?? file) ?? [];
    for (let index = 0; index < Math.max(headList.length, baseList.length); index++) {
      const b = baseList[index];
      const h = headList[index];
      const processes = (['taskmanager', 'jobmanager'] as const)
        .filter((p) => (h ?? b).config.processes.includes(p))
        .map((p) => diffProcess(p, b, h));
      const status: DiffStatus = !b
        ? 'added'
        : !h
          ? 'removed'
          : processes.some((p) => p.changed) || entriesText(b) !== entriesText(h)
            ? 'changed'
            : 'unchanged';
      diffs.push({ file, index, base: b, head: h, status, processes });
    }
  }
  return diffs;
}
