/**
 * Which image references are Flink's own images (or images built on them under Flink's name), and
 * the Flink version their tag names. Only these count as version evidence: an application image
 * (`flink-app:1.0`), the Kubernetes operator (`flink-kubernetes-operator:1.9`) or Stateful
 * Functions (`flink-statefun:3.3`) carry versions of something else.
 *
 * Image reference grammar: distribution/reference (reference.go): `[registry[:port]/]path[:tag][@digest]`.
 */

/** A Flink image reference as read: where its repository and tag were found. */
export interface FlinkImage {
  /** The repository path without registry host, e.g. `apache/flink`, `flink`. */
  repository: string;
  tag: string;
  /** The version the tag starts with, as written (`1.18.1`, `2.0`). */
  version: string;
}

/**
 * Repositories that publish Flink itself, by path (registry host removed). Official image
 * (docker-library/official-images library/flink), apache/flink (the Apache images, apache/flink-docker),
 * ghcr.io/apache/flink-docker (snapshot builds), bitnami/flink, Ververica Platform's
 * `registry.ververica.com/v2.x/flink` and `ververica/flink*`, Confluent Platform for Apache Flink
 * (`confluentinc/cp-flink`). Any `<namespace>/flink` is a Flink image rebuilt under its own name.
 */
const FLINK_REPOSITORIES: readonly RegExp[] = [
  /^(?:.+\/)?flink$/,
  /^apache\/flink-docker$/,
  /^ververica\/flink[a-z0-9._-]*$/,
  /^confluentinc\/cp-flink$/,
];

/** Flink's other projects, whose versions are not Flink's. */
const NOT_FLINK = /operator|statefun|agents|cdc/;

/** A tag naming a Flink release: `1.18`, `1.18.1`, `1.18.1-scala_2.12-java11`, `2.0.0-java17`, `1.17.2-stream1-…`. */
const FLINK_TAG = /^v?(\d+\.\d+(?:\.\d+)?)(?![\d.])(?:[-_].*)?$/;

/** A registry host: the first path component when it has a dot or a port, or is `localhost`. */
function withoutRegistry(path: string): string {
  const slash = path.indexOf('/');
  if (slash < 0) return path;
  const first = path.slice(0, slash);
  return /[.:]/.test(first) || first === 'localhost' ? path.slice(slash + 1) : path;
}

/** The Flink image an image reference names, or undefined for any other image or a reference without a tag. */
export function flinkImage(reference: string): FlinkImage | undefined {
  const text = reference.trim().replace(/^["']|["']$/g, '');
  const at = text.indexOf('@');
  const ref = at >= 0 ? text.slice(0, at) : text;
  const colon = ref.lastIndexOf(':');
  if (colon < 0 || ref.lastIndexOf('/') > colon) return undefined;
  const repository = withoutRegistry(ref.slice(0, colon)).toLowerCase();
  const tag = ref.slice(colon + 1);
  if (!isFlinkRepository(repository)) return undefined;
  const version = FLINK_TAG.exec(tag)?.[1];
  return version ? { repository, tag, version } : undefined;
}

function isFlinkRepository(repository: string): boolean {
  return !NOT_FLINK.test(repository) && FLINK_REPOSITORIES.some((r) => r.test(repository));
}

/**
 * Whether a reference names a Flink image without saying which (no tag, or an empty one): in a Helm
 * chart, the tag its templates then take is by convention the chart's `appVersion`.
 */
export function untaggedFlinkImage(reference: string): boolean {
  const text = reference.trim().replace(/^["']|["']$/g, '');
  if (text.includes('@')) return false;
  const colon = text.lastIndexOf(':');
  const tagged = colon > text.lastIndexOf('/');
  if (tagged && colon < text.length - 1) return false;
  return isFlinkRepository(withoutRegistry(tagged ? text.slice(0, colon) : text).toLowerCase());
}

/** The Flink version an image reference names, where it is a Flink image. */
export function flinkImageVersion(reference: string): string | undefined {
  return flinkImage(reference)?.version;
}

/**
 * The reference with the Flink version of its tag moved to `version`, the rest of the tag kept
 * (`flink:1.17.2-scala_2.12-java11` → `flink:2.0.0-scala_2.12-java11`): a tag that names a patch
 * release gets the target's first one. Undefined for other images and for a reference pinned by
 * digest (a digest names one build: no tag edit can move it).
 */
export function retagFlinkImage(reference: string, version: string): string | undefined {
  const image = flinkImage(reference);
  if (!image || reference.includes('@')) return undefined;
  const patch = /^\d+\.\d+\.\d+$/.test(image.version);
  const target = patch && /^\d+\.\d+$/.test(version) ? `${version}.0` : version;
  const colon = reference.lastIndexOf(':');
  const tag = reference.slice(colon + 1);
  const at = tag.indexOf(image.version);
  if (colon < 0 || at < 0) return undefined;
  return `${reference.slice(0, colon + 1)}${tag.slice(0, at)}${target}${tag.slice(at + image.version.length)}`;
}

/** The Kubernetes operator's `spec.flinkVersion` for a version (`FlinkVersion` enum: `v1_17`, `v2_0`). */
export function operatorFlinkVersion(version: string): string {
  const [major, minor] = version.split('.');
  return `v${major}_${minor}`;
}
