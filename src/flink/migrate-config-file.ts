import type { ConfigMap, Deployment, FlinkVersion } from '../model/index.js';
import { deriveJobManager, deriveTaskManager } from './derive.js';
import { dumpFlinkYaml, type YamlTree } from './flink-yaml-writer.js';
import { javaHashMapOrder } from './jvm.js';
import { solveSizing, type SizingAnswer } from './sizing/index.js';
import { upgradeEdits } from './version-diff.js';

/** A `key: value` line as Flink's legacy parser reads `flink-conf.yaml` (spec §8.2), in file order. */
export interface LegacyEntry {
  key: string;
  value: string;
}

export interface MigrationOptions {
  /**
   * Beyond Flink's own migration: replace keys `to` no longer reads by their successors and
   * deprecated keys by theirs, as `from` read them (`upgradeEdits`).
   */
  upgrade?: {
    from: FlinkVersion;
    to: FlinkVersion;
    deployment?: Deployment;
    /** Solve on `to` for the TaskManager task heap and managed memory and the JobManager heap of `from`. */
    keepSizes?: boolean;
  };
}

interface MigrationBase {
  /** The flat configuration written, in the order Flink writes it (Java `HashMap` order). */
  entries: [string, string][];
  /** Keys added, replaced or removed by `upgrade`, each with why. */
  changes: Record<string, string>;
  /** With `keepSizes`: the sizing answers used, per process. */
  sizes?: { taskmanager?: SizingAnswer; jobmanager?: SizingAnswer };
}

export interface MigrationSuccess extends MigrationBase {
  ok: true;
  /** The `config.yaml` text `bin/migrate-config-file.sh` writes. */
  text: string;
  /** Keys whose values Flink's nesting silently drops: a later key used them as a prefix. */
  dropped: string[];
}

export interface MigrationFailure extends MigrationBase {
  ok: false;
  /**
   * Why Flink's migration fails. `bin/migrate-config-file.sh` then still reports success and writes
   * the tool's error output into `config.yaml` (its exit status is lost in a shell function).
   */
  reason: string;
  key: string;
}

export type MigrationResult = MigrationSuccess | MigrationFailure;

/** Java's `key.split("\\.")`: trailing empty parts dropped. */
function javaSplitDots(key: string): string[] {
  const parts = key.split('.');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function leaves(tree: YamlTree, prefix: string): string[] {
  return [...tree].flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

/**
 * `convertAndDumpYamlFromFlatMap`'s nesting, in the flat map's order: a key under a path that
 * holds a value fails (`ClassCastException`); a value put where a mapping is replaces it.
 */
function nest(
  entries: readonly [string, string][],
): { tree: YamlTree; dropped: string[] } | { key: string; reason: string } {
  const tree: YamlTree = new Map();
  const owners = new Map<string, string>();
  const dropped: string[] = [];
  for (const [key, value] of entries) {
    const parts = javaSplitDots(key);
    if (parts.length === 0) {
      return {
        key,
        reason: `The key ${key} has no part between its dots: Java's split leaves nothing to nest (ArrayIndexOutOfBoundsException).`,
      };
    }
    let node = tree;
    let path = '';
    for (const part of parts.slice(0, -1)) {
      path = path === '' ? part : `${path}.${part}`;
      const child = node.get(part);
      if (typeof child === 'string') {
        return {
          key,
          reason: `${owners.get(path) ?? path} holds a value where ${key} needs a mapping (ClassCastException in YamlParserUtils.convertAndDumpYamlFromFlatMap).`,
        };
      }
      if (child) node = child;
      else {
        const created: YamlTree = new Map();
        node.set(part, created);
        node = created;
      }
    }
    const last = parts[parts.length - 1];
    const existing = node.get(last);
    if (existing !== undefined && typeof existing !== 'string') dropped.push(...leaves(existing, `${key}.`));
    node.set(last, value);
    owners.set(parts.join('.'), key);
  }
  return { tree, dropped };
}

function apply(flat: Map<string, string>, answer: SizingAnswer, changes: Record<string, string>): void {
  if (!answer.feasible) return;
  for (const key of answer.remove) flat.delete(key);
  for (const [key, value] of Object.entries(answer.set)) flat.set(key, value);
  Object.assign(changes, answer.why);
}

/** The TaskManager task heap and managed memory and the JobManager heap of `from`, solved for on `to`. */
export function keepSizes(
  original: ConfigMap,
  flat: Map<string, string>,
  upgrade: NonNullable<MigrationOptions['upgrade']>,
  changes: Record<string, string>,
): NonNullable<MigrationBase['sizes']> {
  const { from, to } = upgrade;
  const deployment = upgrade.deployment ?? 'standalone';
  const sizes: NonNullable<MigrationBase['sizes']> = {};
  const options = { flinkVersion: from, deployment };
  const tm = deriveTaskManager(original, options);
  const onTarget = { flinkVersion: to, deployment };
  const tmAfter = deriveTaskManager(flat, onTarget);
  // Where the target already derives the same sizes, there is nothing to keep.
  const tmKept =
    tm.ok &&
    tmAfter.ok &&
    tmAfter.memory.taskHeap === tm.memory.taskHeap &&
    tmAfter.memory.managed === tm.memory.managed;
  if (tm.ok && !tmKept) {
    // Whole targets: per-slot ones would round the managed memory up to a multiple of the slots.
    sizes.taskmanager = solveSizing({
      version: to,
      deployment,
      process: 'taskmanager',
      config: flat,
      ...(tm.numSlots !== undefined && { slots: tm.numSlots }),
      targets: { taskHeap: tm.memory.taskHeap, managed: tm.memory.managed },
    });
    apply(flat, sizes.taskmanager, changes);
  }
  const jm = deriveJobManager(original, options);
  const jmAfter = deriveJobManager(flat, onTarget);
  if (jm.ok && !(jmAfter.ok && jmAfter.memory.jvmHeap === jm.memory.jvmHeap)) {
    sizes.jobmanager = solveSizing({
      version: to,
      deployment,
      process: 'jobmanager',
      config: flat,
      targets: { heap: jm.memory.jvmHeap },
    });
    apply(flat, sizes.jobmanager, changes);
  }
  return sizes;
}

/**
 * What Flink 2.x's `bin/migrate-config-file.sh` makes of a `flink-conf.yaml` (apache/flink
 * `ConfigurationFileMigrationUtils`, `ConfigurationUtils.convertConfigToWritableLines`,
 * `YamlParserUtils.convertAndDumpYamlFromFlatMap`): the legacy parser's entries (later lines win,
 * each key where it first appeared) go through a `HashMap`, every value stays a string, dotted
 * keys become nested mappings, and the dump is written as `config.yaml`. Lists and maps are not
 * converted: `a;b;c` stays a string, which Flink's list options still read.
 */
export function migrateConfigFile(
  entries: readonly LegacyEntry[],
  options: MigrationOptions = {},
): MigrationResult {
  let flat = new Map<string, string>();
  for (const { key, value } of entries) flat.set(key, value);
  const changes: Record<string, string> = {};
  let sizes: MigrationBase['sizes'];
  const { upgrade } = options;
  if (upgrade) {
    const original: ConfigMap = new Map(flat);
    const edits = upgradeEdits({
      config: original,
      from: upgrade.from,
      to: upgrade.to,
      deployment: upgrade.deployment,
    });
    flat = new Map([...edits.apply(original)].map(([k, v]) => [k, String(v)]));
    Object.assign(changes, Object.fromEntries(edits.why));
    if (upgrade.keepSizes) sizes = keepSizes(original, flat, upgrade, changes);
  }
  const order = javaHashMapOrder([...flat.keys()]);
  const ordered = order.map((key): [string, string] => [key, flat.get(key) as string]);
  const base = { entries: ordered, changes, ...(sizes && { sizes }) };
  const nested = nest(ordered);
  if ('reason' in nested) return { ok: false, ...base, reason: nested.reason, key: nested.key };
  const lines = dumpFlinkYaml(nested.tree);
  return { ok: true, ...base, text: `${lines.join('\n')}\n`, dropped: nested.dropped };
}
