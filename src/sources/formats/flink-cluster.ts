import type { Node } from 'yaml';
import type {
  ContainerLimit,
  Entry,
  LoadedConfig,
  LoadProblem,
  Location,
  ProcessName,
} from '../../model/index.js';
import { flinkImageVersion, readFlinkVersion } from '../../flink/index.js';
import { buildConfig, containerLimits } from '../config-builder.js';
import { quantityBytes } from '../kubernetes-quantity.js';
import {
  getItem,
  getPath,
  locationOf,
  mapItems,
  scalarText,
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';
import type { YamlFileContext } from './format.js';
import { namespaceOf } from './kubernetes-facts.js';
import { metadataAnnotations } from './kubernetes-workload.js';

/**
 * The `FlinkCluster` of the Flink operator Google started and Spotify maintains
 * (`flinkoperator.k8s.io/v1beta1`; github.com/spotify/flink-on-k8s-operator, and
 * GoogleCloudPlatform/flink-on-k8s-operator before it). The operator writes the cluster's
 * `flink-conf.yaml` itself (`controllers/flinkcluster/flinkcluster_converter.go`, `newConfigMap`):
 * the process sizes it computes from each container's memory limit, then `spec.flinkProperties`
 * over them, except the addresses and ports it owns (`flinkSysProps`).
 */
const FLINK_CLUSTER_API_GROUP = 'flinkoperator.k8s.io/';

export function isFlinkCluster(document: YamlDocument): boolean {
  const { doc, root } = document;
  const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
  return (
    apiVersion.startsWith(FLINK_CLUSTER_API_GROUP) &&
    scalarText(doc, getPath(doc, root, 'kind'))?.text === 'FlinkCluster'
  );
}

/** Keys the operator sets from the deployed resources; `flinkProperties` cannot replace them (`flinkSysProps`). */
const SYSTEM_PROPERTIES = new Set([
  'jobmanager.rpc.address',
  'jobmanager.rpc.port',
  'blob.server.port',
  'query.server.port',
  'rest.port',
]);

/**
 * The operator's defaults (`apis/flinkcluster/v1beta1/flinkcluster_default.go`): a process spec
 * with no `resources` at all gets requests 512Mi and limits 2Gi (`DefaultResources`); Flink 1.10
 * and later `memoryProcessRatio` 80; older versions, or a `flinkVersion` that is missing or not a
 * version, `memoryOffHeapRatio` 25 and `memoryOffHeapMin` 600M; replicas 1 JobManager, 3 TaskManagers.
 */
const FLINK_CLUSTER_DEFAULTS = {
  limit: { text: '2Gi', bytes: 2n << 30n },
  request: { text: '512Mi', bytes: 512n << 20n },
  memoryProcessRatio: 80n,
  memoryOffHeapRatio: 25n,
  memoryOffHeapMin: 600_000_000n,
  replicas: { jobmanager: 1, taskmanager: 3 },
} as const;

const PROCESSES: readonly { process: ProcessName; field: string }[] = [
  { process: 'jobmanager', field: 'jobManager' },
  { process: 'taskmanager', field: 'taskManager' },
];

const MIB = 1_048_576;

/** Go's `int64(math.Ceil(float64(n) / d))` on an int64 product, as the operator computes it. */
function goCeilDiv(n: bigint, d: number): bigint {
  return BigInt(Math.ceil(Number(BigInt.asIntN(64, n)) / d));
}

/** `calProcessMemorySize`: ceil(limit × ratio / 100) bytes, then ceil to MiB (flinkcluster_converter.go). */
export function processSizeMb(limit: bigint, ratio: bigint): bigint {
  const size = goCeilDiv(limit * ratio, 100);
  return goCeilDiv(size, MIB);
}

/** `calHeapSize`: the limit less max(ceil(limit × ratio / 100), min), ceil to MiB; 0 when nothing is left. */
export function heapSizeMb(limit: bigint, offHeapMin: bigint, offHeapRatio: bigint): bigint {
  let offHeap = goCeilDiv(limit * offHeapRatio, 100);
  if (offHeap < offHeapMin) offHeap = offHeapMin;
  const heap = limit - offHeap;
  return heap > 0n ? goCeilDiv(heap, MIB) : 0n;
}

/** hashicorp/go-version's `NewVersion`, enough to compare with 1.10: segments, and a pre-release. */
const GO_VERSION = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Whether the operator takes Flink's memory model of 1.10 and later: `flinkVersion` parses and is not below 1.10. */
export function usesProcessModel(flinkVersion: string | undefined): boolean {
  const match = flinkVersion === undefined ? null : GO_VERSION.exec(flinkVersion);
  if (!match) return false;
  const segments = match[1].split('.').map(Number);
  const [major = 0, minor = 0, ...rest] = segments;
  if (major !== 1) return major > 1;
  if (minor !== 10) return minor > 10;
  // 1.10 itself: a pre-release of 1.10.0 sorts before it.
  return !(match[2] !== undefined && rest.every((n) => n === 0));
}

interface ProcessResources {
  limit?: { bytes: bigint; text: string; location: Location; defaulted: boolean };
  request?: bigint;
  ratio: (name: string, fallback: bigint) => { value: bigint; location?: Location; written: boolean };
  quantity: (name: string, fallback: bigint) => bigint;
  at: Location;
}

function processResources(
  yaml: YamlFile,
  document: YamlDocument,
  spec: Node | null,
  problems: LoadProblem[],
): ProcessResources {
  const { doc } = document;
  const at = locationOf(yaml, spec, locationOf(yaml, document.root));
  const resources = getItem(doc, spec, 'resources');
  const limitItem = getItem(doc, getPath(doc, spec, 'resources', 'limits'), 'memory');
  const requestText = scalarText(doc, getPath(doc, spec, 'resources', 'requests', 'memory'));
  const empty = !resources || mapItems(doc, resources.value).length === 0;
  const out: ProcessResources = {
    at,
    ratio: (name, fallback) => {
      const item = getItem(doc, spec, name);
      const text = item && scalarText(doc, item.value);
      if (!item || !text || text.unresolved) return { value: fallback, written: false };
      if (!/^-?\d+$/.test(text.text)) {
        problems.push({
          code: 'operator-rejected',
          message: `${name} '${text.text}' is not an integer: the FlinkCluster is not accepted`,
          location: locationOf(yaml, item.value),
        });
        return { value: fallback, written: false };
      }
      return { value: BigInt(text.text), location: locationOf(yaml, item.value), written: true };
    },
    quantity: (name, fallback) => {
      const text = scalarText(doc, getPath(doc, spec, name));
      const bytes = text && !text.unresolved ? quantityBytes(text.text) : undefined;
      return bytes ?? fallback;
    },
  };
  if (empty) {
    out.limit = { ...FLINK_CLUSTER_DEFAULTS.limit, location: at, defaulted: true };
    out.request = FLINK_CLUSTER_DEFAULTS.request.bytes;
    return out;
  }
  const limitText = limitItem && scalarText(doc, limitItem.value);
  const bytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
  if (limitItem && limitText && bytes !== undefined)
    out.limit = {
      bytes,
      text: limitText.text,
      location: locationOf(yaml, limitItem.value),
      defaulted: false,
    };
  const request = requestText && !requestText.unresolved ? quantityBytes(requestText.text) : undefined;
  if (request !== undefined) out.request = request;
  return out;
}

/** A FlinkCluster as the `flink-conf.yaml` its operator writes: computed sizes first, `flinkProperties` over them. */
export function loadFlinkCluster(document: YamlDocument, { yaml }: YamlFileContext): LoadedConfig[] {
  const { doc, root } = document;
  const spec = getPath(doc, root, 'spec');
  const problems: LoadProblem[] = [];
  const versionText = scalarText(doc, getPath(doc, spec, 'flinkVersion'))?.text;
  const processModel = usesProcessModel(versionText);
  const image = scalarText(doc, getPath(doc, spec, 'image', 'name'))?.text;
  // The heap sizes are for Flink before 1.10 where the image says so or says nothing: that model is
  // not judged. On a 1.10+ image they are a mistake worth judging (`flinkVersion` forgotten).
  const imageVersion = image && flinkImageVersion(image);
  const oldFlink = !processModel && (!imageVersion || readFlinkVersion(imageVersion)?.beforeModel !== false);
  if (oldFlink)
    problems.push({
      code: 'not-judged',
      message: `The operator sizes this cluster for Flink's memory model before 1.10 (${
        versionText === undefined ? 'no spec.flinkVersion' : `spec.flinkVersion ${versionText}`
      }${image ? `, image ${image}` : ''}): its processes are not judged`,
      location: locationOf(yaml, getPath(doc, spec, 'flinkVersion') ?? root),
    });
  const entries: Entry[] = [];
  const container: Partial<Record<ProcessName, ContainerLimit>> = {};
  const replicas: Partial<Record<ProcessName, number>> = {};
  for (const { process, field } of PROCESSES) {
    const processSpec = getPath(doc, spec, field);
    const r = processResources(yaml, document, processSpec, problems);
    const limitField = `spec.${field}.resources.limits.memory`;
    let ratioNote = '';
    if (r.limit) {
      if (processModel) {
        const ratio = r.ratio('memoryProcessRatio', FLINK_CLUSTER_DEFAULTS.memoryProcessRatio);
        const mb = processSizeMb(r.limit.bytes, ratio.value);
        if (mb > 0n) {
          entries.push({
            key: `${process}.memory.process.size`,
            value: `${mb}m`,
            location: ratio.location ?? r.limit.location,
            origin: 'operator',
          });
          ratioNote = ` × memoryProcessRatio ${ratio.value}%${ratio.written ? '' : ' (default)'}`;
        }
      } else {
        const ratio = r.ratio('memoryOffHeapRatio', FLINK_CLUSTER_DEFAULTS.memoryOffHeapRatio);
        const min = r.quantity('memoryOffHeapMin', FLINK_CLUSTER_DEFAULTS.memoryOffHeapMin);
        const mb = heapSizeMb(r.limit.bytes, min, ratio.value);
        if (mb > 0n && !oldFlink)
          entries.push({
            key: `${process}.heap.size`,
            value: `${mb}m`,
            location: ratio.location ?? r.limit.location,
            origin: 'operator',
          });
      }
      container[process] = {
        bytes: r.limit.bytes,
        text: r.limit.text,
        source: `${limitField}${r.limit.defaulted ? ' (the operator default)' : ''}${ratioNote}`,
        location: r.limit.location,
        ...(r.request !== undefined ? { requestBytes: r.request } : {}),
      };
    }
    const count = scalarText(doc, getPath(doc, processSpec, 'replicas'))?.text;
    replicas[process] =
      count && /^\d+$/.test(count) ? Number(count) : FLINK_CLUSTER_DEFAULTS.replicas[process];
  }
  for (const item of mapItems(doc, getPath(doc, spec, 'flinkProperties'))) {
    if (SYSTEM_PROPERTIES.has(item.key)) continue;
    const text = scalarText(doc, item.value);
    if (!text) continue;
    entries.push({
      key: item.key,
      value: text.text,
      location: locationOf(yaml, item.keyNode),
      origin: 'file',
    });
    // A size written in `flinkProperties` replaces the one the ratio gave: the limit is a plain limit again.
    const process = /^(jobmanager|taskmanager)\.memory\.process\.size$/.exec(item.key)?.[1] as
      ProcessName | undefined;
    const limit = process && container[process];
    if (limit) limit.source = limit.source.replace(/ × memoryProcessRatio.*$/, '');
  }
  const minor = versionText === undefined ? undefined : /^v?(\d+)\.(\d+)/.exec(versionText);
  return [
    buildConfig({
      part: String(document.index),
      kind: 'flinkcluster',
      location: locationOf(yaml, root),
      name: scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text,
      // The operator starts the processes with the image's standalone scripts in its own workloads.
      deployment: 'standalone',
      entries,
      processes: oldFlink ? [] : ['jobmanager', 'taskmanager'],
      container: containerLimits(container),
      replicas,
      clusterMode: getItem(doc, spec, 'job') ? 'application' : 'session',
      image,
      annotations: metadataAnnotations(document),
      problems,
      version: {
        specVersion: minor ? `v${minor[1]}_${minor[2]}` : undefined,
        images: image ? [image] : [],
        format: 'none',
      },
      kubernetes: { namespace: namespaceOf(document) },
    }),
  ];
}
