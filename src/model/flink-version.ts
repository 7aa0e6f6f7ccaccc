/** The Flink minor versions whose memory model this tool reproduces, oldest first. */
export const FLINK_VERSIONS = [
  '1.10',
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
] as const;

export type FlinkVersion = (typeof FLINK_VERSIONS)[number];

export const NEWEST_FLINK_VERSION: FlinkVersion = FLINK_VERSIONS[FLINK_VERSIONS.length - 1];

/** How a Flink process is started; it decides how 1.x legacy heap keys are read (spec §5.1–5.2). */
export type Deployment = 'standalone' | 'kubernetes' | 'yarn';

export const DEPLOYMENTS: readonly Deployment[] = ['standalone', 'kubernetes', 'yarn'];
