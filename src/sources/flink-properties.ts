import type { Scalar } from 'yaml';
import type { Entry, FlinkVersion, LoadProblem, Location } from '../model/index.js';
import { readFlinkConf } from './flink-conf.js';
import { embeddedPositionMap, type YamlFile } from './yaml-document.js';

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
 * default `flink-conf.yaml` / `config.yaml`), which `FLINK_PROPERTIES` lines are appended to.
 */
const IMAGE_DEFAULTS: readonly { versions: readonly FlinkVersion[]; entries: Record<string, string> }[] = [
  {
    versions: ['1.10'],
    entries: { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1568m' },
  },
  {
    versions: [
      '1.11',
      '1.12',
      '1.13',
      '1.14',
      '1.15',
      '1.16',
      '1.17',
      '1.18',
      '1.19',
      '1.20',
      '2.0',
      '2.1',
      '2.2',
      '2.3',
    ],
    entries: { 'jobmanager.memory.process.size': '1600m', 'taskmanager.memory.process.size': '1728m' },
  },
];

/** The image's default configuration as entries, located at the `FLINK_PROPERTIES` that extends it. */
export function imageDefaultBase(version: FlinkVersion, at: Location): { source: string; entries: Entry[] } {
  const row =
    IMAGE_DEFAULTS.find((r) => r.versions.includes(version)) ?? IMAGE_DEFAULTS[IMAGE_DEFAULTS.length - 1];
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
