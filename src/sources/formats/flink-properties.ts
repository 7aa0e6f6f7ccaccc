import type { Scalar } from 'yaml';
import type { Entry, LoadProblem } from '../../model/index.js';
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
