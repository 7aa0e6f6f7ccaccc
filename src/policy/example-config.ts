import type { ConfigKind, ContainerLimit, Entry, FlinkConfig, LoadProblem } from '../model/flink-config.js';
import type { PolicyExample } from '../model/policy.js';
import type { ConfigResult } from '../model/report.js';
import { NEWEST_FLINK_VERSION, type FlinkVersion } from '../model/flink-version.js';
import { derive } from '../flink/index.js';
import { parseFlinkVersion } from '../flink/versions.js';
import { toConfigMap } from '../derive/flink-view.js';
import { quantityBytes } from '../sources/kubernetes-quantity.js';
import { loadFile } from '../sources/load.js';

export interface ExampleRun {
  results: ConfigResult[];
  /** File name → text, for suppression comments. */
  sources: Map<string, string>;
  /** Problems of a file that gave no config. */
  fileProblems: LoadProblem[];
}

/**
 * Turns a policy example into configs the way a real run would see them: a whole file goes
 * through the real loader; a key → value map becomes a config whose entries sit on lines 1..n.
 */
export function runExample(example: PolicyExample): ExampleRun {
  if (example.file) {
    const { name, text } = example.file;
    const loaded = loadFile(name, text, { flinkVersion: example.flinkVersion });
    return {
      results: loaded.configs.map(withBreakdown),
      sources: new Map([[name, text]]),
      fileProblems: loaded.problems,
    };
  }
  const version = (example.flinkVersion && parseFlinkVersion(example.flinkVersion)) || NEWEST_FLINK_VERSION;
  const file = 'example.yaml';
  const pairs = Object.entries(example.config ?? {});
  const entries: Entry[] = pairs.map(([key, value], i) => ({
    key,
    value,
    location: { file, line: i + 1, column: 1 },
    origin: 'file',
  }));
  const container: Partial<Record<'taskmanager' | 'jobmanager', ContainerLimit>> = {};
  for (const [process, text] of Object.entries(example.container ?? {})) {
    const bytes = quantityBytes(text);
    if (bytes !== undefined)
      container[process as 'taskmanager' | 'jobmanager'] = { bytes, text, source: 'example' };
  }
  const config: FlinkConfig = {
    id: `${file}#0`,
    file,
    line: 1,
    column: 1,
    kind: (example.kind as ConfigKind | undefined) ?? defaultKind(version),
    flinkVersion: version,
    flinkVersionSource: 'example',
    deployment: example.deployment ?? 'standalone',
    entries,
    container,
    processes: example.processes ?? ['taskmanager', 'jobmanager'],
    annotations: example.annotations,
    env: example.env,
    problems: [],
  };
  const text = pairs.map(([k, v]) => `${k}: ${v}`).join('\n');
  return { results: [withBreakdown(config)], sources: new Map([[file, text]]), fileProblems: [] };
}

function defaultKind(version: FlinkVersion): ConfigKind {
  return version.startsWith('1.') ? 'flink-conf' : 'config-yaml';
}

function withBreakdown(config: FlinkConfig): ConfigResult {
  const entries = [...(config.base?.entries ?? []), ...config.entries];
  const breakdown = derive(toConfigMap(entries), {
    flinkVersion: config.flinkVersion,
    deployment: config.deployment,
    env: config.env,
  });
  return { config, breakdown };
}
