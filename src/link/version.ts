import { FORMAT_IMPLIED, flinkImage, readFlinkVersion, type ReadVersion } from '../flink/index.js';
import { NEWEST_FLINK_VERSION, type FlinkVersion, type VersionEvidence } from '../model/index.js';

/** What the run says about versions besides the files: `--flink-version` and the settings file. */
export interface VersionContext {
  /** `--flink-version` / the action input: wins over everything the files say. */
  override?: string;
  /** The settings file's `flinkVersion`: used where a config's own evidence names none. */
  fallback?: string;
}

/** A version other files give a config (a linked service's image, a Dockerfile), and why, for people. */
export interface LinkedVersion {
  version: string;
  source: string;
}

/** What the link stage found for a config in other files, by strength. */
export interface LinkedVersions {
  /** The config's own service's image and build: after spec.flinkVersion, before the images of the rest of its file. */
  own?: readonly LinkedVersion[];
  /** Images and Dockerfiles that run this config (a mounting service, a Dockerfile that copies it), strongest first. */
  linked?: readonly LinkedVersion[];
  /** Weaker: the one Flink version the Dockerfiles of the config's folder and its ancestors build on. */
  folder?: LinkedVersion;
}

export interface ResolvedVersion {
  flinkVersion: FlinkVersion;
  flinkVersionSource: string;
  /** The version the evidence names, where older than 1.10 (Flink's memory model before 1.10). */
  versionBeforeMemoryModel?: string;
}

function described(what: string, text: string, read: ReadVersion, named = text): ResolvedVersion {
  const resolved: ResolvedVersion = {
    flinkVersion: read.version,
    flinkVersionSource: (read.clamped
      ? `${what} ${text} (outside 1.10–${NEWEST_FLINK_VERSION}: judged as ${read.version})`
      : `${what} ${text}`
    ).trim(),
  };
  if (read.beforeModel) resolved.versionBeforeMemoryModel = named;
  return resolved;
}

/**
 * The version a config is judged against, and why, from the strongest evidence: `--flink-version`,
 * `spec.flinkVersion`, a Flink image beside the config, an image or Dockerfile that runs it, the
 * settings file, the Dockerfiles of its folder, then the format.
 */
export function resolveFlinkVersion(
  evidence: VersionEvidence,
  context: VersionContext = {},
  linked: LinkedVersions = {},
): ResolvedVersion {
  const override = context.override && readFlinkVersion(context.override);
  if (override && context.override) return described('--flink-version', context.override, override);
  if (evidence.specVersion && /^v\d+_\d+$/.test(evidence.specVersion)) {
    const spec = readFlinkVersion(evidence.specVersion);
    if (spec) return described('spec.flinkVersion', evidence.specVersion, spec);
  }
  // The config's own service (its image, then its build) outranks the images of the rest of its file.
  for (const other of linked.own ?? []) {
    const read = readFlinkVersion(other.version);
    if (read) return described('', other.source, read, other.version);
  }
  for (const image of evidence.images ?? []) {
    const tag = flinkImage(image)?.version;
    const read = tag ? readFlinkVersion(tag) : undefined;
    if (read) return described('image', image, read, tag);
  }
  for (const other of linked.linked ?? []) {
    const read = readFlinkVersion(other.version);
    if (read) return described('', other.source, read, other.version);
  }
  const configured = context.fallback && readFlinkVersion(context.fallback);
  if (configured && context.fallback) return described('settings flinkVersion', context.fallback, configured);
  const folder = linked.folder && readFlinkVersion(linked.folder.version);
  if (folder && linked.folder) return described('', linked.folder.source, folder, linked.folder.version);
  const implied = FORMAT_IMPLIED[evidence.format];
  return { flinkVersion: implied.version, flinkVersionSource: implied.reason };
}

/** Whether a version was only implied by the file's format: nothing named one. */
export function isFormatImplied(source: string): boolean {
  return Object.values(FORMAT_IMPLIED).some((implied) => implied.reason === source);
}
