import { derive } from '../flink/index.js';
import type { Breakdown, FlinkConfig } from '../model/index.js';
import { flinkView } from './flink-view.js';

export { effectiveEntries, flinkView, toConfigMap } from './flink-view.js';

/** The derive stage: both processes of a linked config, as Flink derives them for its version and mode. */
export function deriveConfig(config: FlinkConfig): Breakdown {
  return derive(flinkView(config), {
    flinkVersion: config.flinkVersion,
    deployment: config.deployment,
    env: config.env ?? {},
  });
}
