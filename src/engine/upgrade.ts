import { flinkView } from '../derive/index.js';
import {
  derive,
  diffVersions,
  flinkConfReading,
  keepSizes,
  migrateConfigFile,
  rawText,
  type LegacyEntry,
  type MigrationResult,
  type SizingAnswer,
  type VersionDiff,
} from '../flink/index.js';
import { linkAlone } from '../link/index.js';
import type { Breakdown, ConfigMap, Deployment, FlinkConfig, FlinkVersion } from '../model/index.js';
import { loadFile } from '../sources/index.js';
import { SizeInputError } from './size.js';

export interface UpgradeInput {
  file: { path: string; text: string };
  to: FlinkVersion;
  /** The version the file is judged as today; default: what the file says, as `lint` links it. */
  from?: FlinkVersion;
  deployment?: Deployment;
  /** Solve on `to` for the task heap and managed memory (and JobManager heap) `from` gives. */
  keepSizes?: boolean;
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
  /** The file as `to` reads it: a flink-conf.yaml migrated to config.yaml where `to` reads only that. */
  rewritten?: { name: string; text: string };
  /** Flink's own migration, where it was run (it fails for some files: `reason`). */
  migration?: MigrationResult;
  /** What `to` derives from the configuration with the edits. */
  after: Breakdown;
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

/**
 * A flink-conf.yaml with edits: values replaced on their lines (the last line of a key, the one
 * Flink reads), removed keys' lines deleted, new keys appended.
 */
function editFlinkConf(text: string, set: Record<string, string>, remove: readonly string[]): string {
  const lines = text.split('\n');
  const last = new Map<string, number>();
  lines.forEach((line, i) => {
    const m = /^\s*([^#\s][^:]*?)\s*:\s/.exec(`${line} `);
    if (m) last.set(m[1], i);
  });
  const drop = new Set<number>();
  for (const key of remove) {
    lines.forEach((line, i) => {
      const m = /^\s*([^#\s][^:]*?)\s*:\s/.exec(`${line} `);
      if (m && m[1] === key) drop.add(i);
    });
  }
  const added: string[] = [];
  for (const [key, value] of Object.entries(set)) {
    const at = last.get(key);
    if (at === undefined || drop.has(at)) added.push(`${key}: ${value}`);
    else
      lines[at] = lines[at].replace(
        /^(\s*[^:]+?\s*:\s*)([^#]*?)(\s*(#.*)?)$/,
        (_m, head, _v, tail) => `${head}${value}${tail}`,
      );
  }
  const kept = lines.filter((_l, i) => !drop.has(i));
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return `${[...kept, ...added].join('\n')}\n`;
}

/**
 * The `upgrade` command's work: what changes for one file between the version it is judged as and
 * `to` (the version diff), the edits that keep its meaning, the sizes solved for where asked, and
 * the file rewritten for `to` (Flink's own migration to config.yaml from 2.0 on).
 */
export function upgradeConfig(input: UpgradeInput): UpgradeOutcome {
  const { path, text } = input.file;
  const loaded = loadFile(path, text);
  const fatal = loaded.problems.find((p) => p.code === 'yaml-error' || p.code === 'limit');
  if (fatal) throw new SizeInputError(`${path}:${fatal.location.line}: ${fatal.message}`);
  const config = linkAlone(path, loaded.configs, input.from ? { override: input.from } : {})[0];
  if (!config) throw new SizeInputError(`${path} holds no Flink configuration this tool reads`);
  const from = input.from ?? config.flinkVersion;
  const deployment = input.deployment ?? config.deployment;
  const view = flinkView(config);
  const diff = diffVersions({ config: view, from, to: input.to, deployment });

  if (config.kind === 'flink-conf' && flinkConfReading(input.to) === 'ignored') {
    const migration = migrateConfigFile(legacyEntries(config), {
      upgrade: { from, to: input.to, deployment, keepSizes: input.keepSizes },
    });
    const final: ConfigMap = new Map(migration.entries);
    const before = new Map(legacyEntries(config).map((e) => [e.key, e.value]));
    const set: Record<string, string> = {};
    for (const [k, v] of migration.entries) if (before.get(k) !== v) set[k] = v;
    return {
      config,
      diff,
      set,
      remove: [...before.keys()].filter((k) => !final.has(k)),
      why: migration.changes,
      ...(migration.sizes && { sizes: migration.sizes }),
      ...(migration.ok && { rewritten: { name: 'config.yaml', text: migration.text } }),
      migration,
      after: derive(final, { flinkVersion: input.to, deployment, env: config.env ?? {} }),
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
    ...(sizes && { sizes }),
    ...(config.kind === 'flink-conf' && {
      rewritten: { name: 'flink-conf.yaml', text: editFlinkConf(text, set, remove) },
    }),
    after: derive(edited, { flinkVersion: input.to, deployment, env: config.env ?? {} }),
  };
}
