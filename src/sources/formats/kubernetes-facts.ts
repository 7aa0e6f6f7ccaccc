import type { Node } from 'yaml';
import type {
  ContainerRole,
  KubernetesContainerFacts,
  LinkedContainer,
  LinkedMemory,
} from '../../model/index.js';
import { quantityBytes } from '../kubernetes-quantity.js';
import {
  getItem,
  getPath,
  locationOf,
  scalarText,
  seqItems,
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';
import { FLINK_PROPERTIES } from './flink-properties.js';

/** Where each workload kind keeps its pod spec (CronJob: its `jobTemplate`). */
export const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Kubernetes puts a resource without `metadata.namespace` in the namespace it is applied to: `default` unless told. */
export const DEFAULT_NAMESPACE = 'default';

export function namespaceOf(document: YamlDocument): string {
  const { doc, root } = document;
  const text = scalarText(doc, getPath(doc, root, 'metadata', 'namespace'));
  return text && !text.unresolved && text.text !== '' ? text.text : DEFAULT_NAMESPACE;
}

const text = (document: YamlDocument, node: Node | null, ...path: string[]) => {
  const scalar = scalarText(document.doc, getPath(document.doc, node, ...path));
  return scalar && !scalar.unresolved ? scalar.text : undefined;
};

/**
 * The arguments of Flink's image entrypoint that start one process (flink-docker
 * `docker-entrypoint.sh`: `jobmanager`, `standalone-job` run the JobManager, `taskmanager` a
 * TaskManager), and the scripts behind them (`bin/jobmanager.sh start-foreground`).
 */
const ROLE_WORDS: readonly [RegExp, ContainerRole][] = [
  [/^(?:.*\/)?(?:jobmanager|standalone-job)(?:\.sh)?$/, 'jobmanager'],
  [/^(?:.*\/)?taskmanager(?:\.sh)?$/, 'taskmanager'],
];

/** Which process a container runs, and why: its arguments first, then its own name, then its workload's. */
function containerRole(
  args: readonly string[],
  names: readonly { what: string; name: string | undefined }[],
): { role: ContainerRole; why: string } {
  for (const arg of args)
    for (const word of arg.split(/\s+/))
      for (const [pattern, role] of ROLE_WORDS)
        if (pattern.test(word)) return { role, why: `from args ${word}` };
  for (const { what, name } of names) {
    const lower = (name ?? '').toLowerCase();
    const jm = /job-?manager/.test(lower);
    const tm = /task-?manager/.test(lower);
    if (jm !== tm) return { role: jm ? 'jobmanager' : 'taskmanager', why: `from the ${what} ${name}` };
  }
  return { role: 'both', why: 'not named by its args or names: both processes assumed' };
}

function quantity(yaml: YamlFile, document: YamlDocument, container: Node, kind: 'limits' | 'requests') {
  const item = getItem(document.doc, getPath(document.doc, container, 'resources', kind), 'memory');
  const scalar = item && scalarText(document.doc, item.value);
  const bytes = scalar && !scalar.unresolved ? quantityBytes(scalar.text) : undefined;
  if (!item || !scalar || bytes === undefined) return undefined;
  const at = locationOf(yaml, item.value);
  const q: LinkedMemory = {
    bytes,
    text: scalar.text,
    evidence: { file: at.file, line: at.line, text: `resources.${kind}.memory` },
    column: at.column,
  };
  return q;
}

/** The containers of one workload document and the ConfigMaps each reads: mounted, or in its environment. */
export function workloadContainerFacts(yaml: YamlFile, document: YamlDocument): KubernetesContainerFacts[] {
  const { doc, root } = document;
  const kind = text(document, root ?? null, 'kind') ?? '';
  const path = POD_SPEC_PATHS[kind];
  if (!path || !root) return [];
  const workload = text(document, root, 'metadata', 'name');
  const namespace = namespaceOf(document);
  const podSpec = getPath(doc, root, ...path);
  const replicas = text(document, root, 'spec', 'replicas');
  // Volume name → the ConfigMap (and the keys it projects, where `items` lists them).
  const volumes = new Map<string, { name: string; keys?: string[] }[]>();
  for (const volume of seqItems(doc, getPath(doc, podSpec, 'volumes'))) {
    const volumeName = text(document, volume, 'name');
    if (volumeName === undefined) continue;
    const sources = [
      getPath(doc, volume, 'configMap'),
      ...seqItems(doc, getPath(doc, volume, 'projected', 'sources')).map((s) => getPath(doc, s, 'configMap')),
    ];
    const maps = sources.flatMap((source) => {
      const name = text(document, source, 'name');
      if (name === undefined) return [];
      const items = seqItems(doc, getPath(doc, source, 'items'));
      const keys = items.map((i) => text(document, i, 'key')).filter((k): k is string => k !== undefined);
      return [items.length > 0 ? { name, keys } : { name }];
    });
    if (maps.length > 0) volumes.set(volumeName, maps);
  }
  const containers = [
    ...seqItems(doc, getPath(doc, podSpec, 'containers')),
    // An init container runs no Flink process: it is not linked.
  ];
  return containers.map((container) => {
    const name = text(document, container, 'name');
    const mounts = seqItems(doc, getPath(doc, container, 'volumeMounts')).flatMap(
      (mount) => volumes.get(text(document, mount, 'name') ?? '') ?? [],
    );
    const envFrom = [
      ...seqItems(doc, getPath(doc, container, 'envFrom')).flatMap((from) => {
        const map = text(document, from, 'configMapRef', 'name');
        return map === undefined ? [] : [{ name: map, key: FLINK_PROPERTIES }];
      }),
      ...seqItems(doc, getPath(doc, container, 'env')).flatMap((variable) => {
        if (text(document, variable, 'name') !== FLINK_PROPERTIES) return [];
        const map = text(document, variable, 'valueFrom', 'configMapKeyRef', 'name');
        const key = text(document, variable, 'valueFrom', 'configMapKeyRef', 'key');
        return map === undefined || key === undefined ? [] : [{ name: map, key }];
      }),
    ];
    const words = (field: string) =>
      seqItems(doc, getPath(doc, container, field)).map((n) => text(document, n) ?? '');
    const { role, why } = containerRole(
      [...words('command'), ...words('args')],
      [
        { what: 'container name', name },
        { what: `${kind} name`, name: workload },
      ],
    );
    const at = locationOf(yaml, container);
    const linked: LinkedContainer = {
      kind,
      name: [workload, 'container', name].filter((w) => w !== undefined).join(' '),
      at: { file: at.file, line: at.line, text: `container ${name ?? ''}`.trim() },
      role,
      roleReason: why,
    };
    const limit = quantity(yaml, document, container, 'limits');
    const request = quantity(yaml, document, container, 'requests');
    if (limit) linked.limit = limit;
    if (request) linked.request = request;
    const imageNode = getPath(doc, container, 'image');
    const image = text(document, imageNode);
    if (image) {
      const where = locationOf(yaml, imageNode);
      linked.image = image;
      linked.imageEvidence = { file: where.file, line: where.line, text: `image: ${image}` };
    }
    if (replicas && /^\d+$/.test(replicas)) linked.replicas = Number(replicas);
    return { namespace, mounts, envFrom, container: linked };
  });
}
