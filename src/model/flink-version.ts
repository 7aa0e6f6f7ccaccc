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

/**
 * Patch releases whose memory defaults differ from the later patches of their minor line, judged
 * with their own values (`src/flink` holds the differences); any other patch is judged as its
 * minor line, which stands for the line's latest patch.
 */
export const PATCH_RELEASES = ['1.10.0'] as const;

/** A Flink version as the tool judges it: a minor line (its latest patch), or a patch release of `PATCH_RELEASES`. */
export type FlinkVersion = (typeof FLINK_VERSIONS)[number] | (typeof PATCH_RELEASES)[number];

/** A version a per-version table row starts at: a minor line (from its first patch), or a patch release. */
export type VersionSince = (typeof FLINK_VERSIONS)[number] | `${number}.${number}.${number}`;

export const NEWEST_FLINK_VERSION: FlinkVersion = FLINK_VERSIONS[FLINK_VERSIONS.length - 1];

/** How a Flink process is started; it decides how 1.x legacy heap keys are read (spec §5.1–5.2). */
export type Deployment = 'standalone' | 'kubernetes' | 'yarn';

export const DEPLOYMENTS: readonly Deployment[] = ['standalone', 'kubernetes', 'yarn'];
