import { isScalar } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type {
  ContainerLimit,
  Entry,
  LoadedConfig,
  LoadProblem,
  Location,
  ProcessName,
} from '../../model/index.js';
import { buildConfig, containerLimits } from '../config-builder.js';
import type { RawMarkers, YamlFileContext } from './format.js';
import { readFlinkConf } from './flink-conf.js';
import { FLINK_PROPERTIES } from './flink-properties.js';
import { processOf } from './kubernetes-workload.js';
import {
  embeddedPositionMap,
  getItem,
  getPath,
  isStringScalar,
  locationOf,
  mapItems,
  resolve,
  scalarText,
  seqItems,
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';

/** A compose file: a `services` mapping whose services name an image or a build. */
export function isComposeDocument(document: YamlDocument): boolean {
  const { doc, root } = document;
  const services = mapItems(doc, getPath(doc, root, 'services'));
  return (
    services.length > 0 &&
    services.some((s) => getPath(doc, s.value, 'image') !== null || getPath(doc, s.value, 'build') !== null)
  );
}

/** Docker's byte units for `mem_limit` and `deploy.resources.limits.memory`: b, k, m, g (binary). */
const DOCKER_UNITS: Record<string, bigint> = {
  '': 1n,
  b: 1n,
  k: 1n << 10n,
  m: 1n << 20n,
  g: 1n << 30n,
  t: 1n << 40n,
};

export function dockerBytes(text: string): bigint | undefined {
  const match = /^(\d+)(?:\.(\d+))?\s*([bkmgt]?)b?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = DOCKER_UNITS[match[3].toLowerCase()];
  const fraction = match[2] ?? '';
  const scaled = BigInt(match[1] + fraction) * unit;
  return scaled / 10n ** BigInt(fraction.length);
}

interface PropertiesValue {
  entries: Entry[];
  problems: LoadProblem[];
  location: Location;
}

/** `FLINK_PROPERTIES` from `environment` in map form or list form (`- FLINK_PROPERTIES=...`). */
function flinkProperties(
  yaml: YamlFile,
  document: YamlDocument,
  service: Node | null,
): PropertiesValue | undefined {
  const { doc } = document;
  const environment = getPath(doc, service, 'environment');
  const item = getItem(doc, environment, FLINK_PROPERTIES);
  if (item) {
    if (!isStringScalar(doc, item.value)) return undefined;
    const node = resolve(doc, item.value) as Scalar;
    const read = readFlinkConf(String(node.value), yaml.file, embeddedPositionMap(yaml, node));
    return { ...read, entries: asEnvironment(read.entries), location: locationOf(yaml, item.keyNode) };
  }
  const prefix = `${FLINK_PROPERTIES}=`;
  for (const node of seqItems(doc, environment)) {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.startsWith(prefix)) continue;
    const base = embeddedPositionMap(yaml, node);
    const read = readFlinkConf(node.value.slice(prefix.length), yaml.file, (line, column) =>
      base(line, line === 1 ? column + prefix.length : column),
    );
    return { ...read, entries: asEnvironment(read.entries), location: locationOf(yaml, node) };
  }
  return undefined;
}

interface Environment {
  values: Record<string, string>;
  locations: Record<string, Location>;
}

/**
 * The service's environment variables besides `FLINK_PROPERTIES`, each with the line it is written
 * on, in map form (`JVM_ARGS: -Xmx2g`) or list form (`- JVM_ARGS=-Xmx2g`). A variable without a
 * value (`- JVM_ARGS`) is taken from the host: nothing in the file says what it holds.
 */
function environment(yaml: YamlFile, document: YamlDocument, service: Node | null): Environment {
  const { doc } = document;
  const node = getPath(doc, service, 'environment');
  const found: Environment = { values: {}, locations: {} };
  const set = (name: string, value: string, at: Node) => {
    if (name === FLINK_PROPERTIES) return;
    found.values[name] = value;
    found.locations[name] = locationOf(yaml, at);
  };
  for (const item of mapItems(doc, node)) {
    const text = scalarText(doc, item.value);
    if (text) set(item.key, text.text, item.keyNode);
  }
  for (const item of seqItems(doc, node)) {
    const text = scalarText(doc, item)?.text;
    const eq = text?.indexOf('=') ?? -1;
    if (text && eq > 0) set(text.slice(0, eq), text.slice(eq + 1), item);
  }
  return found;
}

function asEnvironment(entries: Entry[]): Entry[] {
  return entries.map((entry) => ({ ...entry, origin: 'environment' }));
}

function memoryLimit(
  yaml: YamlFile,
  document: YamlDocument,
  service: Node | null,
): ContainerLimit | undefined {
  const { doc } = document;
  for (const path of [['deploy', 'resources', 'limits', 'memory'], ['mem_limit']]) {
    const node = getPath(doc, service, ...path);
    const text = scalarText(doc, node);
    const bytes = text && !text.unresolved ? dockerBytes(text.text) : undefined;
    if (text && bytes !== undefined)
      return { bytes, text: text.text, source: path.join('.'), location: locationOf(yaml, node) };
  }
  return undefined;
}

function words(document: YamlDocument, node: Node | null): string[] {
  const { doc } = document;
  const single = scalarText(doc, node);
  if (single) return [single.text];
  return seqItems(doc, node).map((n) => scalarText(doc, n)?.text ?? '');
}

/** A service's `environment` names `FLINK_PROPERTIES` (map or list form). */
export const COMPOSE_MARKERS: RawMarkers = { text: [FLINK_PROPERTIES] };

/** One config per service whose environment sets `FLINK_PROPERTIES`. */
export function loadCompose(document: YamlDocument, { yaml }: YamlFileContext): LoadedConfig[] {
  const { doc, root } = document;
  const configs: LoadedConfig[] = [];
  const services = mapItems(doc, getPath(doc, root, 'services'));
  const images = services
    .map((s) => scalarText(doc, getPath(doc, s.value, 'image')))
    .filter((i) => i && !i.unresolved)
    .map((i) => i!.text);
  for (const service of services) {
    const properties = flinkProperties(yaml, document, service.value);
    if (!properties) continue;
    const command = words(document, getPath(doc, service.value, 'command'));
    const process = processOf(command.length > 0 ? command : [service.key]);
    // A service that runs no Flink process (a SQL client, a job submitter) sizes nothing.
    const processes: ProcessName[] = process ? [process] : [];
    const image = scalarText(doc, getPath(doc, service.value, 'image'));
    const limit = memoryLimit(yaml, document, service.value);
    const replicasText =
      scalarText(doc, getPath(doc, service.value, 'deploy', 'replicas'))?.text ??
      scalarText(doc, getPath(doc, service.value, 'scale'))?.text;
    const env = environment(yaml, document, service.value);
    configs.push(
      buildConfig({
        part: `${document.index}/${service.key}`,
        kind: 'docker-compose',
        location: locationOf(yaml, service.keyNode),
        name: service.key,
        deployment: 'standalone',
        entries: properties.entries,
        appendsToImageConf: properties.location,
        processes,
        container: containerLimits(Object.fromEntries(processes.map((p) => [p, limit]))),
        replicas:
          process && replicasText && /^\d+$/.test(replicasText)
            ? { [process]: Number(replicasText) }
            : undefined,
        image: image?.text,
        env: env.values,
        envLocations: env.locations,
        problems: properties.problems,
        version: {
          images: [...(image && !image.unresolved ? [image.text] : []), ...images],
          format: 'none',
        },
      }),
    );
  }
  return configs;
}
