import { FLINK_VERSIONS, NEWEST_FLINK_VERSION, type FlinkVersion } from '../model/index.js';

/** What the file format alone says about the Flink version that reads it. */
export type FormatHint = 'flink-conf' | 'config-yaml' | 'none';

const FORMAT_DEFAULTS: Record<FormatHint, { version: FlinkVersion; source: string }> = {
  'flink-conf': { version: '1.20', source: 'format: flink-conf.yaml is read only up to 1.20' },
  'config-yaml': {
    version: NEWEST_FLINK_VERSION,
    source: `format: config.yaml, newest supported (${NEWEST_FLINK_VERSION})`,
  },
  none: {
    version: NEWEST_FLINK_VERSION,
    source: `no version given: newest supported (${NEWEST_FLINK_VERSION})`,
  },
};

export interface VersionEvidence {
  /** `--flink-version` / the action input: wins over everything the file says. */
  override?: string;
  /** A FlinkDeployment's `spec.flinkVersion` (`v1_17`). */
  specVersion?: string;
  /** Images named in the same resource, service, file or chart, nearest first. */
  images?: readonly string[];
  /** The settings file's `flinkVersion`: used where the config itself names none. */
  fallback?: string;
  format: FormatHint;
}

export interface ResolvedVersion {
  flinkVersion: FlinkVersion;
  flinkVersionSource: string;
}

/** `1.18.1`, `1.18`, `v1_18`, `2.0-preview1` → the supported minor, clamped into 1.10–newest. */
export function minorVersion(text: string): { version: FlinkVersion; clamped: boolean } | undefined {
  const match = /^v?(\d+)[._](\d+)(?![\d])/.exec(text.trim());
  if (!match) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const exact = FLINK_VERSIONS.find((v) => v === `${major}.${minor}`);
  if (exact) return { version: exact, clamped: false };
  const older = major < 1 || (major === 1 && minor < 10);
  return { version: older ? FLINK_VERSIONS[0] : NEWEST_FLINK_VERSION, clamped: true };
}

/** The Flink version in an image reference, where the image is Flink's (`flink:1.18.1-scala_2.12`). */
export function imageVersion(image: string): string | undefined {
  const at = image.indexOf('@');
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  if (colon < 0 || ref.lastIndexOf('/') > colon) return undefined;
  const repository = ref.slice(0, colon);
  const tag = ref.slice(colon + 1);
  const name = repository.split('/').pop() ?? '';
  // Flink's own images and images built on them; not Stateful Functions or the operator.
  if (!/flink/i.test(name) || /statefun|operator/i.test(name)) return undefined;
  const match = /^(?:flink-)?v?([12]\.\d+(?:\.\d+)?)/.exec(tag);
  return match?.[1];
}

function describe(what: string, text: string, clamped: boolean, version: FlinkVersion): string {
  return clamped
    ? `${what} ${text} (outside 1.10–${NEWEST_FLINK_VERSION}: judged as ${version})`
    : `${what} ${text}`;
}

/** The version a config is judged against, and why, from the strongest evidence available. */
export function resolveFlinkVersion(evidence: VersionEvidence): ResolvedVersion {
  if (evidence.override) {
    const parsed = minorVersion(evidence.override);
    if (parsed)
      return {
        flinkVersion: parsed.version,
        flinkVersionSource: describe('--flink-version', evidence.override, parsed.clamped, parsed.version),
      };
  }
  if (evidence.specVersion) {
    const parsed = /^v\d+_\d+$/.test(evidence.specVersion) ? minorVersion(evidence.specVersion) : undefined;
    if (parsed) {
      return {
        flinkVersion: parsed.version,
        flinkVersionSource: describe(
          'spec.flinkVersion',
          evidence.specVersion,
          parsed.clamped,
          parsed.version,
        ),
      };
    }
  }
  for (const image of evidence.images ?? []) {
    const tagVersion = imageVersion(image);
    const parsed = tagVersion ? minorVersion(tagVersion) : undefined;
    if (parsed)
      return {
        flinkVersion: parsed.version,
        flinkVersionSource: describe('image', image, parsed.clamped, parsed.version),
      };
  }
  const configured = evidence.fallback ? minorVersion(evidence.fallback) : undefined;
  if (configured && evidence.fallback)
    return {
      flinkVersion: configured.version,
      flinkVersionSource: describe(
        'settings flinkVersion',
        evidence.fallback,
        configured.clamped,
        configured.version,
      ),
    };
  const implied = FORMAT_DEFAULTS[evidence.format];
  return { flinkVersion: implied.version, flinkVersionSource: implied.source };
}
