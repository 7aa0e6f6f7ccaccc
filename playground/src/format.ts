import { flinkConfReading, loadFile, wholeFileFormat, type ConfigKind, type FlinkVersion } from './engine.js';

/**
 * How the pasted text is read. `lint` picks a reader by a file's name and shape, so each choice is
 * the name the text would have in a repository.
 */
export const READ_AS = {
  'flink-conf.yaml': "flink-conf.yaml (Flink's line reader, up to 1.20)",
  'config.yaml': 'config.yaml (standard YAML, Flink 1.19 and later)',
  'manifest.yaml': 'Kubernetes manifest or Compose file',
  'values.yaml': 'Helm chart values.yaml',
} as const;

export type FileName = keyof typeof READ_AS;
export type ReadAs = FileName | 'auto';

export const KIND_LABELS: Record<ConfigKind, string> = {
  'flink-conf': 'flink-conf.yaml',
  'config-yaml': 'config.yaml',
  flinkdeployment: 'FlinkDeployment (Flink Kubernetes operator)',
  flinksessionjob: 'FlinkSessionJob (Flink Kubernetes operator)',
  configmap: 'Kubernetes ConfigMap',
  'kubernetes-workload': 'Kubernetes workload (FLINK_PROPERTIES)',
  'docker-compose': 'Docker Compose file',
  'helm-values': 'Helm chart values',
  flinkcluster: 'FlinkCluster (spotify/GCP Flink operator)',
  'vvp-deployment': 'Ververica Platform Deployment',
};

/**
 * The name `lint` would need to read this text as what it looks like: a manifest or Compose file
 * by its shape, Helm values when the chart loader finds Flink settings, else Flink's own file,
 * flink-conf.yaml or config.yaml by the version chosen and by nesting.
 */
export function detectFileName(text: string, flinkVersion?: FlinkVersion): FileName {
  if (loadFile('manifest.yaml', text).configs.some((c) => c.kind !== 'config-yaml')) return 'manifest.yaml';
  const nested = wholeFileFormat(undefined, text) === 'config-yaml';
  if (nested && loadFile('values.yaml', text).configs.some((c) => c.kind === 'helm-values'))
    return 'values.yaml';
  // Flink reads only flink-conf.yaml up to 1.18, both in 1.19 and 1.20, only config.yaml from 2.0.
  const reading = flinkVersion === undefined ? 'deprecated' : flinkConfReading(flinkVersion);
  if (reading === 'ignored') return 'config.yaml';
  if (reading === 'read') return 'flink-conf.yaml';
  return nested ? 'config.yaml' : 'flink-conf.yaml';
}
