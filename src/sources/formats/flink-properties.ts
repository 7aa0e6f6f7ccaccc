import type { Scalar } from 'yaml';
import { atLeast } from '../../flink/index.js';
import type { Entry, FlinkVersion, LoadProblem, Location } from '../../model/index.js';
import { readFlinkConf } from './flink-conf.js';
import { embeddedPositionMap, type YamlFile } from '../yaml/document.js';

export const FLINK_PROPERTIES = 'FLINK_PROPERTIES';

/**
 * A `FLINK_PROPERTIES` value: the Flink image's entrypoint appends it, line by line, to the image's
 * configuration file, so it is read as `flink-conf.yaml` lines that win over the file.
 */
export function readFlinkProperties(
  yaml: YamlFile,
  node: Scalar,
): { entries: Entry[]; problems: LoadProblem[] } {
  const result = readFlinkConf(String(node.value), yaml.file, embeddedPositionMap(yaml, node));
  return {
    entries: result.entries.map((entry) => ({ ...entry, origin: 'environment' })),
    problems: result.problems,
  };
}

/**
 * Memory settings of the configuration file shipped in the official Flink images (the distribution's
 * default `flink-conf.yaml` / `config.yaml`), which `FLINK_PROPERTIES` lines are appended to; each
 * row holds from its version on.
 */
const IMAGE_DEFAULTS: readonly { since: FlinkVersion; entries: Record<string, string> }[] = [
  { since: '1.10', entries: { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1568m' } },
  {
    since: '1.11',
    entries: { 'jobmanager.memory.process.size': '1600m', 'taskmanager.memory.process.size': '1728m' },
  },
];

/** The image's default configuration as entries, located at the `FLINK_PROPERTIES` that extends it. */
export function imageDefaultBase(version: FlinkVersion, at: Location): { source: string; entries: Entry[] } {
  const row = IMAGE_DEFAULTS.filter((r) => atLeast(version, r.since)).at(-1) ?? IMAGE_DEFAULTS[0];
  return {
    source: `the Flink ${version} image's default configuration file`,
    entries: Object.entries(row.entries).map(([key, value]) => ({
      key,
      value,
      location: at,
      origin: 'file',
    })),
  };
}
