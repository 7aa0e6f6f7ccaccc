import type { Node } from 'yaml';
import type { ContainerLimit, LoadedConfig, LoadProblem, ProcessName } from '../../model/index.js';
import { buildConfig, containerLimits } from '../config-builder.js';
import { getItem, getPath, locationOf, scalarText, type YamlDocument } from '../yaml/document.js';
import type { YamlFileContext } from './format.js';
import { flinkConfiguration } from './flink-deployment.js';
import { metadataAnnotations } from './kubernetes-workload.js';

/**
 * Ververica Platform's own resources (`apiVersion: v1`): a `Deployment`, whose Flink job is
 * described by `spec.template.spec` (its `artifact` names `flinkVersion` and `flinkImageTag`), and a
 * `SessionCluster`, described by `spec`. Both carry `flinkConfiguration` and
 * `resources.{jobmanager,taskmanager}`.
 *
 * How VVP turns `resources` into Flink's memory (docs.ververica.com, "Resources (CPU, Memory)" of
 * Deployments and SessionClusters, VVP 2.x): the memory is a decimal number with an optional
 * unit, case ignored, each unit a power of ten (`k` 1000 bytes, `m`, `g`), none meaning bytes;
 * `resources.taskmanager.memory` becomes `taskmanager.memory.process.size` and
 * `resources.jobmanager.memory` `jobmanager.memory.process.size`, and by default also the
 * container's memory request and limit. Without `resources`, 1G for the JobManager and 2G for the
 * TaskManager. The docs say the size is "translated to base 2" before Flink gets it, without the
 * rounding: it is given to Flink here as its exact number of bytes.
 */
export function isVervericaResource(document: YamlDocument): boolean {
  const { doc, root } = document;
  const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text;
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
  if (apiVersion !== 'v1' || (kind !== 'Deployment' && kind !== 'SessionCluster')) return false;
  const spec = vvpSpec(document);
  return (
    ['flinkConfiguration', 'flinkVersion', 'flinkImageTag', 'resources'].some((field) =>
      getItem(doc, spec, field),
    ) || getItem(doc, getPath(doc, spec, 'artifact'), 'flinkVersion') !== undefined
  );
}

function vvpSpec(document: YamlDocument): Node | null {
  const { doc, root } = document;
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
  return kind === 'SessionCluster'
    ? getPath(doc, root, 'spec')
    : getPath(doc, root, 'spec', 'template', 'spec');
}

const VVP_DEFAULT_MEMORY: Record<ProcessName, string> = { jobmanager: '1G', taskmanager: '2G' };

const UNITS: Record<string, number> = { '': 0, k: 3, m: 6, g: 9, t: 12 };
const VVP_MEMORY = /^(\d+(?:\.\d*)?|\.\d+)([kmgt]?)$/i;

/** A VVP memory size in bytes (powers of ten), rounded up; undefined where VVP would not accept it. */
export function vvpMemoryBytes(text: string): bigint | undefined {
  const match = VVP_MEMORY.exec(text.trim());
  if (!match) return undefined;
  const [whole, fraction = ''] = match[1].split('.');
  const exponent = UNITS[match[2].toLowerCase()];
  const digits = BigInt(`${whole || '0'}${fraction}`);
  const shift = exponent - fraction.length;
  if (shift >= 0) return digits * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  return (digits + divisor - 1n) / divisor;
}

export function loadVervericaResource(document: YamlDocument, { yaml }: YamlFileContext): LoadedConfig[] {
  const { doc, root } = document;
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
  const spec = vvpSpec(document);
  const problems: LoadProblem[] = [];
  const entries = flinkConfiguration(yaml, document, getPath(doc, spec, 'flinkConfiguration'), problems);
  // A Deployment in session mode runs on a SessionCluster: its resources are that cluster's.
  const session =
    kind === 'Deployment' &&
    /^session$/i.test(scalarText(doc, getPath(doc, root, 'spec', 'mode'))?.text ?? '');
  const container: Partial<Record<ProcessName, ContainerLimit>> = {};
  for (const process of session ? [] : (['jobmanager', 'taskmanager'] as const)) {
    const item = getItem(doc, getPath(doc, spec, 'resources', process), 'memory');
    const written = item && scalarText(doc, item.value);
    if (written?.unresolved) continue;
    const text = written?.text ?? VVP_DEFAULT_MEMORY[process];
    const location = item ? locationOf(yaml, item.value) : locationOf(yaml, spec ?? root);
    const bytes = vvpMemoryBytes(text);
    if (bytes === undefined) {
      problems.push({
        code: 'operator-rejected',
        message: `resources.${process}.memory '${text}' is not a memory size Ververica Platform reads (a decimal number with an optional unit k, m, g)`,
        location,
      });
      continue;
    }
    const source = `${kind === 'SessionCluster' ? 'spec' : 'spec.template.spec'}.resources.${process}.memory${item ? '' : ' (the platform default)'}`;
    entries.push({ key: `${process}.memory.process.size`, value: `${bytes}b`, location, origin: 'operator' });
    container[process] = { bytes, text, source, location, requestBytes: bytes };
  }
  // A Deployment names its Flink in `artifact`; a SessionCluster in its spec.
  const field = (name: string) =>
    scalarText(doc, getPath(doc, spec, 'artifact', name))?.text ??
    scalarText(doc, getPath(doc, spec, name))?.text;
  const tag = field('flinkImageTag');
  const image = tag ? `${field('flinkImageRepository') ?? 'flink'}:${tag}` : undefined;
  const version = field('flinkVersion');
  const minor = version === undefined ? undefined : /^(\d+)\.(\d+)/.exec(version);
  const replicas = scalarText(
    doc,
    getPath(doc, spec, kind === 'SessionCluster' ? 'numberOfTaskManagers' : 'parallelism'),
  );
  return [
    buildConfig({
      part: String(document.index),
      kind: 'vvp-deployment',
      location: locationOf(yaml, root),
      name: scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text,
      // VVP runs Flink on Kubernetes with the sizes above as its containers' memory.
      deployment: 'kubernetes',
      entries,
      processes: session ? [] : ['jobmanager', 'taskmanager'],
      container: containerLimits(container),
      replicas:
        kind === 'SessionCluster' && replicas && /^\d+$/.test(replicas.text)
          ? { taskmanager: Number(replicas.text) }
          : undefined,
      clusterMode: kind === 'SessionCluster' || session ? 'session' : 'application',
      image,
      annotations: metadataAnnotations(document),
      problems,
      version: {
        specVersion: minor ? `v${minor[1]}_${minor[2]}` : undefined,
        images: image ? [image] : [],
        format: 'none',
      },
    }),
  ];
}
