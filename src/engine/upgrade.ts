import { flinkView } from '../derive/index.js';
import {
  derive,
  diffVersions,
  flinkConfReading,
  keepSizes,
  migrateConfigFile,
  operatorFlinkVersion,
  parseFlinkVersion,
  rawText,
  retagFlinkImage,
  sizeLike,
  tryParseMemorySize,
  type LegacyEntry,
  type MigrationResult,
  type SizingAnswer,
  type VersionDiff,
} from '../flink/index.js';
import { linkAlone } from '../link/index.js';
import type { Breakdown, ConfigMap, Deployment, FlinkConfig, FlinkVersion } from '../model/index.js';
import { editConfigText } from '../report/index.js';
import { loadFile } from '../sources/index.js';
import { replaceEmbeddedFile, replaceScalar, replaceScalarsEqual } from './rewrite.js';
import { SizeInputError } from './size.js';

export interface UpgradeInput {
  file: { path: string; text: string };
  to: FlinkVersion;
  /** The version the file is judged as today; default: what the file says, as `lint` links it. */
  from?: FlinkVersion;
  deployment?: Deployment;
  /** Solve on `to` for the task heap and managed memory (and JobManager heap) `from` gives. */
  keepSizes?: boolean;
  /** The configs of the file to upgrade (`--select`, `--document`); default: all of them. */
  pick?: (configs: readonly FlinkConfig[]) => readonly FlinkConfig[];
}

export interface UpgradeOutcome {
  config: FlinkConfig;
  diff: VersionDiff;
  /** Keys to set and remove on `to`: successors of removed and renamed keys, and kept sizes. */
  set: Record<string, string>;
  remove: string[];
  why: Record<string, string>;
  /** With `keepSizes`: the solver's answers. */
  sizes?: { taskmanager?: SizingAnswer; jobmanager?: SizingAnswer };
  /** Where a new key goes: beside the key it takes the place of. */
  near: Map<string, string>;
  /** Flink's own migration, where it was run (it fails for some files: `reason`). */
  migration?: MigrationResult;
  /** What `to` derives from the configuration with the edits. */
  after: Breakdown;
}

/** The upgrade of a file: each config's, and the file rewritten for `to`. */
export interface UpgradeFileOutcome {
  configs: UpgradeOutcome[];
  /** The file as `to` reads it: a flink-conf.yaml migrated to config.yaml where `to` reads only that. */
  rewritten?: { name: string; text: string };
  /** What the rewrite changed beyond keys: image tags, `spec.flinkVersion`, `resource.memory`, a data key. */
  fileEdits: string[];
  /** Why the file is not rewritten (its edits are listed only). */
  unwritten?: string[];
}

/**
 * The file's `key: value` lines as Flink's legacy parser reads them, in order; template placeholders
 * (`%SLOTS%`, `${JAVA_HOME}`) are kept as written, for whatever fills them in before Flink starts.
 */
function legacyEntries(config: FlinkConfig): LegacyEntry[] {
  return config.entries
    .filter((e) => e.origin === 'file')
    .map((e) => ({ key: e.key, value: rawText(e.value) }));
}

const FILE_KINDS: ReadonlySet<FlinkConfig['kind']> = new Set(['flink-conf', 'config-yaml', 'configmap']);

/** Whether the config is a flink-conf.yaml text: the file itself, or a ConfigMap's `flink-conf.yaml` key. */
function embeddedFlinkConf(config: FlinkConfig, text: string): 'file' | 'configmap' | undefined {
  if (config.kind === 'flink-conf') return 'file';
  if (config.kind !== 'configmap') return undefined;
  const line = text.split('\n')[config.line - 1] ?? '';
  return /^\s*(["']?)flink-conf\.yaml\1\s*:/.test(line) ? 'configmap' : undefined;
}

/** The successors the diff writes, each with the key it takes the place of (the new line goes there). */
function successorsOf(diff: VersionDiff): Map<string, string> {
  const near = new Map<string, string>();
  for (const change of [...diff.renamed, ...diff.removed])
    if (change.successor && !near.has(change.successor)) near.set(change.successor, change.key);
  return near;
}

/** What `to` changes for one config of the file, and the edits that keep its meaning. */
function upgradeOne(config: FlinkConfig, text: string, input: UpgradeInput): UpgradeOutcome {
  const from = input.from ?? config.flinkVersion;
  const deployment = input.deployment ?? config.deployment;
  const view = flinkView(config);
  const diff = diffVersions({ config: view, from, to: input.to, deployment });
  // Which file Flink reads matters only where the config is that file; the operator, the image's
  // entrypoint and a chart write it themselves.
  if (!FILE_KINDS.has(config.kind)) delete diff.configFile;
  const near = successorsOf(diff);

  if (embeddedFlinkConf(config, text) && flinkConfReading(input.to) === 'ignored') {
    const migration = migrateConfigFile(legacyEntries(config), {
      upgrade: { from, to: input.to, deployment, keepSizes: input.keepSizes },
    });
    const final: ConfigMap = new Map(migration.entries);
    // Placeholders are written back as they are, and derived as lint derives them: left out.
    const derived = new Map(final);
    for (const e of config.entries)
      if (e.unresolved && derived.get(e.key) === rawText(e.value)) derived.delete(e.key);
    const before = new Map(legacyEntries(config).map((e) => [e.key, e.value]));
    const set: Record<string, string> = {};
    for (const [k, v] of migration.entries) if (before.get(k) !== v) set[k] = v;
    return {
      config,
      diff,
      set,
      remove: [...before.keys()].filter((k) => !final.has(k)),
      why: migration.changes,
      near,
      ...(migration.sizes && { sizes: migration.sizes }),
      migration,
      after: derive(derived, { flinkVersion: input.to, deployment, env: config.env ?? {} }),
    };
  }

  const edited = new Map<string, string>([...view].map(([k, v]) => [k, rawText(v)]));
  for (const key of diff.edits.remove) edited.delete(key);
  for (const [k, v] of Object.entries(diff.edits.set)) edited.set(k, v);
  const why: Record<string, string> = { ...diff.edits.why };
  const sizes = input.keepSizes
    ? keepSizes(view, edited, { from, to: input.to, deployment }, why)
    : undefined;
  const set: Record<string, string> = {};
  for (const [k, v] of edited) if (view.get(k) === undefined || rawText(view.get(k)!) !== v) set[k] = v;
  const remove = [...view.keys()].filter((k) => !edited.has(k));
  return {
    config,
    diff,
    set,
    remove,
    why,
    near,
    ...(sizes && { sizes }),
    after: derive(edited, { flinkVersion: input.to, deployment, env: config.env ?? {} }),
  };
}

/** One config's edits written into the file's text, or why they cannot be. */
function rewriteOne(
  text: string,
  outcome: UpgradeOutcome,
  to: FlinkVersion,
  done: string[],
): { text: string } | { reason: string } {
  const { config } = outcome;
  const label = config.name ?? `line ${config.line}`;
  if (outcome.migration) {
    if (!outcome.migration.ok) return { reason: `Flink's migration fails at ${outcome.migration.key}` };
    if (config.kind === 'flink-conf') {
      done.push(`flink-conf.yaml migrated to config.yaml (bin/migrate-config-file.sh)`);
      return { text: outcome.migration.text };
    }
    const moved = replaceEmbeddedFile(
      text,
      config.line,
      ['data'],
      'flink-conf.yaml',
      'config.yaml',
      outcome.migration.text,
    );
    if (moved === undefined)
      return { reason: `${label}: flink-conf.yaml is not a literal block (|) to move` };
    done.push(
      `${label}: data key flink-conf.yaml moved to config.yaml, migrated as bin/migrate-config-file.sh does`,
    );
    return { text: moved };
  }
  let next = text;
  // The operator writes resource.memory over *.memory.process.size: a size for it goes there.
  const operatorKeys = new Set(config.entries.filter((e) => e.origin === 'operator').map((e) => e.key));
  const lines: [string, string | null][] = [];
  for (const [key, value] of Object.entries(outcome.set)) {
    const process = /^(taskmanager|jobmanager)\.memory\.process\.size$/.exec(key)?.[1];
    if (process && operatorKeys.has(key)) {
      const path = ['spec', process === 'taskmanager' ? 'taskManager' : 'jobManager', 'resource', 'memory'];
      const bytes = tryParseMemorySize(value);
      const replaced =
        bytes === undefined
          ? undefined
          : replaceScalar(next, config.line, path, (v) => sizeLike(bytes, v, value));
      if (!replaced) return { reason: `${label}: ${path.join('.')} cannot be written in place` };
      next = replaced.text;
      done.push(`${label}: ${path.join('.')} ${replaced.before} → ${replaced.after}`);
    } else lines.push([key, value]);
  }
  const writtenKeys = new Set(
    config.entries.filter((e) => e.location.file === config.file).map((e) => e.key),
  );
  for (const key of outcome.remove)
    if (writtenKeys.has(key) && !operatorKeys.has(key)) lines.push([key, null]);
  if (lines.length > 0) {
    const edited = editConfigText(next, config, lines, outcome.near);
    if (edited === undefined)
      return {
        reason: `${label}: a line to edit is not a plain \`key: value\` (a flow mapping, a block scalar), or no key is written to place a new one beside`,
      };
    next = edited;
  }
  const fields: [readonly string[], (v: string) => string | undefined][] = [];
  if (config.kind === 'flinkdeployment') {
    fields.push([
      ['spec', 'flinkVersion'],
      (v) => (parseFlinkVersion(v) ? operatorFlinkVersion(to) : undefined),
    ]);
    fields.push([['spec', 'image'], (v) => retagFlinkImage(v, to)]);
  }
  if (config.kind === 'docker-compose' && config.name)
    fields.push([['services', config.name, 'image'], (v) => retagFlinkImage(v, to)]);
  // A workload's container: the image the loader found beside the config. (Not a FlinkCluster's:
  // that operator derives the memory keys it writes from the image's version.)
  const image = config.image && retagFlinkImage(config.image, to);
  if (config.kind === 'kubernetes-workload' && config.image && image) {
    const replaced = replaceScalarsEqual(next, config.line, config.image, image);
    if (replaced.count > 0) {
      next = replaced.text;
      done.push(`${label}: image ${config.image} → ${image}`);
    }
  }
  for (const [path, value] of fields) {
    const replaced = replaceScalar(next, config.line, path, value);
    if (!replaced) continue;
    next = replaced.text;
    done.push(`${label}: ${path.join('.')} ${replaced.before} → ${replaced.after}`);
  }
  return { text: next };
}

/**
 * The `upgrade` command's work for a file: per config (all of them, or the ones \`pick\` keeps) what
 * changes between the version it is judged as and \`to\`, the edits that keep its meaning, the sizes
 * solved for where asked; then the file rewritten for \`to\` in its own style: a flink-conf.yaml by
 * Flink's own migration to config.yaml from 2.0 on, a ConfigMap's flink-conf.yaml key likewise, every
 * other format's keys edited on their lines, with the Flink version its image tag and
 * \`spec.flinkVersion\` name and the operator's \`resource.memory\` where a size moves.
 */
export function upgradeConfig(input: UpgradeInput): UpgradeFileOutcome {
  const { path, text } = input.file;
  const loaded = loadFile(path, text);
  const fatal = loaded.problems.find((p) => p.code === 'yaml-error' || p.code === 'limit');
  if (fatal) throw new SizeInputError(`${path}:${fatal.location.line}: ${fatal.message}`);
  const linked = linkAlone(path, loaded.configs, input.from ? { override: input.from } : {});
  if (linked.length === 0) throw new SizeInputError(`${path} holds no Flink configuration this tool reads`);
  const chosen = input.pick ? input.pick(linked) : linked;
  const configs = chosen.map((config) => upgradeOne(config, text, input));

  const fileEdits: string[] = [];
  const unwritten: string[] = [];
  let next = text;
  const seen = new Set<number>();
  // From the bottom up: a config's edits leave the lines of those above it where they were.
  for (const outcome of [...configs].sort((a, b) => b.config.line - a.config.line)) {
    const lines = outcome.config.entries.filter((e) => e.origin !== 'operator').map((e) => e.location.line);
    // Two configs that share their lines (a YAML anchor): the first one edits them.
    if (lines.some((l) => seen.has(l))) continue;
    for (const l of lines) seen.add(l);
    const done = rewriteOne(next, outcome, input.to, fileEdits);
    if ('reason' in done) unwritten.push(done.reason);
    else next = done.text;
  }
  const migrated = configs.length === 1 && configs[0].migration && configs[0].config.kind === 'flink-conf';
  const name = migrated ? 'config.yaml' : (path.split('/').pop() ?? path);
  return {
    configs,
    ...(unwritten.length === 0 && { rewritten: { name, text: next } }),
    fileEdits,
    ...(unwritten.length > 0 && { unwritten }),
  };
}
