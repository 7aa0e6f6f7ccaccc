import { FORMAT_IMPLIED, flinkImageVersion, readFlinkVersion, type ReadVersion } from '../flink/index.js';
import { NEWEST_FLINK_VERSION, type FlinkVersion, type VersionEvidence } from '../model/index.js';

/** What the run says about versions besides the files: `--flink-version` and the settings file. */
export interface VersionContext {
  /** `--flink-version` / the action input: wins over everything the files say. */
  override?: string;
  /** The settings file's `flinkVersion`: used where a config's own evidence names none. */
  fallback?: string;
}

export interface ResolvedVersion {
  flinkVersion: FlinkVersion;
  flinkVersionSource: string;
}

function described(what: string, text: string, read: ReadVersion): ResolvedVersion {
  return {
    flinkVersion: read.version,
    flinkVersionSource: read.clamped
      ? `${what} ${text} (outside 1.10–${NEWEST_FLINK_VERSION}: judged as ${read.version})`
      : `${what} ${text}`,
  };
}

/**
 * The version a config is judged against, and why, from the strongest evidence: `--flink-version`,
 * `spec.flinkVersion`, a Flink image beside the config, the settings file, then the format.
 */
export function resolveFlinkVersion(
  evidence: VersionEvidence,
  context: VersionContext = {},
): ResolvedVersion {
  const override = context.override && readFlinkVersion(context.override);
  if (override && context.override) return described('--flink-version', context.override, override);
  if (evidence.specVersion && /^v\d+_\d+$/.test(evidence.specVersion)) {
    const spec = readFlinkVersion(evidence.specVersion);
    if (spec) return described('spec.flinkVersion', evidence.specVersion, spec);
  }
  for (const image of evidence.images ?? []) {
    const tag = flinkImageVersion(image);
    const read = tag ? readFlinkVersion(tag) : undefined;
    if (read) return described('image', image, read);
  }
  const configured = context.fallback && readFlinkVersion(context.fallback);
  if (configured && context.fallback) return described('settings flinkVersion', context.fallback, configured);
  const implied = FORMAT_IMPLIED[evidence.format];
  return { flinkVersion: implied.version, flinkVersionSource: implied.reason };
}
