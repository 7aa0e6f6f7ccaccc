import { defaultConfigFile, parseFlinkVersion } from '../../src/flink/index.js';
import { deriveConfig } from '../../src/derive/index.js';
import { linkAlone } from '../../src/link/index.js';
import {
  NEWEST_FLINK_VERSION,
  type ConfigResult,
  type ContainerLimit,
  type Entry,
  type FlinkConfig,
  type LoadProblem,
  type PolicyExample,
  type ProcessName,
} from '../../src/model/index.js';
import { loadFile, quantityBytes } from '../../src/sources/index.js';

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
    const loaded = loadFile(name, text);
    return {
      results: linkAlone(name, loaded.configs, { override: example.flinkVersion }).map(withBreakdown),
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
  const container: Partial<Record<ProcessName, ContainerLimit>> = {};
  for (const [process, text] of Object.entries(example.container ?? {})) {
    const bytes = quantityBytes(text);
    if (bytes !== undefined) container[process as ProcessName] = { bytes, text, source: 'example' };
  }
  const config: FlinkConfig = {
    id: `${file}#0`,
    file,
    line: 1,
    column: 1,
    kind: (example.kind as FlinkConfig['kind'] | undefined) ?? defaultConfigFile(version),
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

function withBreakdown(config: FlinkConfig): ConfigResult {
  return { config, breakdown: deriveConfig(config) };
}
