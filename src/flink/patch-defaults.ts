import type { FlinkVersion } from '../model/index.js';

/**
 * A memory default that changed between two patch releases of one minor line. The option registry
 * (`options.ts`) holds each minor's latest patch; these rows say what earlier patches differ in.
 */
export interface PatchDefaultChange {
  minor: FlinkVersion;
  /** The first patch release with the new value. */
  since: string;
  key: string;
  /** `option`: the option's own default; `distribution`: the value in the shipped configuration file. */
  kind: 'option' | 'distribution';
  before: string;
  after: string;
  /** Where it is written down. */
  source: string;
}

export const PATCH_DEFAULT_CHANGES: readonly PatchDefaultChange[] = [
  {
    minor: '1.10',
    since: '1.10.1',
    key: 'taskmanager.memory.jvm-metaspace.size',
    kind: 'option',
    before: '96m',
    after: '256m',
    source:
      'FLINK-16406, apache/flink#11300 (listed in the 1.10.1 release notes); 96m set by FLINK-15145, apache/flink#10860',
  },
  {
    minor: '1.10',
    since: '1.10.1',
    key: 'taskmanager.memory.process.size',
    kind: 'distribution',
    before: '1568m',
    after: '1728m',
    source:
      'FLINK-16406, apache/flink#11300: flink-dist/src/main/resources/flink-conf.yaml grows by the metaspace increase, leaving the other components as they were',
  },
];
