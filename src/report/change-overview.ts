import { parseJavaInt } from '../flink/index.js';
import { flinkView } from '../derive/index.js';
import type { ConfigResult, Finding, ProcessName, Severity } from '../model/index.js';
import { failureText, type ConfigDiff, type ProcessResult } from './breakdown-diff.js';

/**
 * What a pull request changed, shaped for people who review it: the changed configs, and the
 * changes that are the same in several configs (the same edit applied to twelve jobs) as one.
 */

/** A size on the base and the head side; either may be missing (added, removed, refused). */
export interface SidePair {
  base?: bigint;
  head?: bigint;
}

/** The few numbers a reviewer reads first, per config. */
export interface ChangeFigures {
  /** Total Process per process that the config starts; `refused` carries Flink's reason. */
  process: Partial<Record<ProcessName, SidePair & { baseFailure?: string; headFailure?: string }>>;
  /** TaskManager task heap and managed memory per slot (⌊bytes / taskmanager.numberOfTaskSlots⌋). */
  taskHeapPerSlot: SidePair;
  managedPerSlot: SidePair;
}

export interface ChangedConfig {
  diff: ConfigDiff;
  /** The side shown: the head, or the base of a removed config. */
  result: ConfigResult;
  figures: ChangeFigures;
  /** Findings of the head side of this config. */
  findings: Finding[];
}

/** Configs whose change is the same, shown once. */
export interface ChangeGroup {
  configs: ChangedConfig[];
  /** What makes them the same; equal groups have equal keys. */
  key: string;
}

/** `taskmanager.numberOfTaskSlots` as Flink reads it (default 1). */
function slotCount(result: ConfigResult | undefined): number {
  if (!result) return 1;
  const value = flinkView(result.config).get('taskmanager.numberOfTaskSlots');
  const slots = value === undefined ? 1 : parseJavaInt(String(value).trim());
  return slots !== undefined && slots > 0 ? slots : 1;
}

function perSlot(result: ConfigResult | undefined, part: 'taskHeap' | 'managed'): bigint | undefined {
  const tm = result?.breakdown.taskmanager;
  if (!result?.config.processes.includes('taskmanager') || !tm?.ok) return undefined;
  return tm.memory[part] / BigInt(slotCount(result));
}

function total(result: ProcessResult | undefined): bigint | undefined {
  return result?.ok ? result.memory.totalProcess : undefined;
}

function changeFigures(diff: ConfigDiff): ChangeFigures {
  const process: ChangeFigures['process'] = {};
  for (const p of diff.processes) {
    process[p.process] = {
      base: total(p.base),
      head: total(p.head),
      baseFailure: failureText(p.base),
      headFailure: failureText(p.head),
    };
  }
  return {
    process,
    taskHeapPerSlot: { base: perSlot(diff.base, 'taskHeap'), head: perSlot(diff.head, 'taskHeap') },
    managedPerSlot: { base: perSlot(diff.base, 'managed'), head: perSlot(diff.head, 'managed') },
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The worst severity among findings, or undefined. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0]?.severity;
}

/** What a finding says, without where: equal for the same finding in two configs. */
export function findingGist(f: Finding): string {
  return JSON.stringify([f.severity, f.ruleId, f.message, f.fix?.description ?? '', f.fix?.set ?? {}]);
}

function changeKey(change: ChangedConfig): string {
  const { diff } = change;
  const processes = diff.processes.map((p) => [
    p.process,
    p.rows.map((r) => [r.label, String(r.base), String(r.head)]),
    failureText(p.base) ?? '',
    failureText(p.head) ?? '',
  ]);
  const slots = [slotCount(diff.base), slotCount(diff.head)];
  return JSON.stringify([diff.status, processes, slots, change.findings.map(findingGist).sort()]);
}

/** The changed configs (not `unchanged`) with their findings, in the diffs' order. */
export function changedConfigs(
  diffs: readonly ConfigDiff[],
  findingsByConfig: ReadonlyMap<string, Finding[]>,
): ChangedConfig[] {
  return diffs
    .filter((d) => d.status !== 'unchanged')
    .map((diff) => ({
      diff,
      result: (diff.head ?? diff.base) as ConfigResult,
      figures: changeFigures(diff),
      findings: diff.head ? (findingsByConfig.get(diff.head.config.id) ?? []) : [],
    }));
}

/** Changed configs grouped by identical change, groups in the order of their first config. */
export function groupChanges(changes: readonly ChangedConfig[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = changeKey(change);
    const group = groups.get(key) ?? { key, configs: [] };
    group.configs.push(change);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** `+50%`, `-12%`, `+0.4%`: the change of a size relative to its base. */
export function percentChange(base: bigint, head: bigint): string | undefined {
  if (base === 0n || base === head) return undefined;
  const tenths = Number(((head - base) * 1000n) / base);
  const abs = Math.abs(tenths);
  const shown = abs >= 100 ? String(Math.round(abs / 10)) : (abs / 10).toFixed(1).replace(/\.0$/, '');
  return `${head > base ? '+' : '-'}${shown}%`;
}
