import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { javaDoubleToString } from '../../flink/index.js';
import type {
  ContainerLimit,
  Entry,
  JobSpec,
  KubernetesConfigRef,
  LoadedConfig,
  LoadProblem,
  Location,
  ProcessName,
} from '../../model/index.js';
import { buildConfig, containerLimits } from '../config-builder.js';
import type { RawMarkers, YamlFileContext } from './format.js';
import { quantityBytes } from '../kubernetes-quantity.js';
import { namespaceOf } from './kubernetes-facts.js';
import { metadataAnnotations } from './kubernetes-workload.js';
import { operatorMemory } from './operator-memory.js';
import {
  getItem,
  getPath,
  locationOf,
  mapItems,
  resolve,
  scalarString,
  scalarText,
  seqItems,
  type MapItem,
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';

const OPERATOR_API_GROUP = 'flink.apache.org/';
/** Its resources name the operator's API group in `apiVersion`. */
export const OPERATOR_MARKERS: RawMarkers = { text: [OPERATOR_API_GROUP] };
const OPERATOR_KINDS = {
  FlinkDeployment: 'flinkdeployment',
  FlinkSessionJob: 'flinksessionjob',
} as const;

const PROCESS_SPECS: readonly { process: ProcessName; field: string; label: 'JobManager' | 'TaskManager' }[] =
  [
    { process: 'jobmanager', field: 'jobManager', label: 'JobManager' },
    { process: 'taskmanager', field: 'taskManager', label: 'TaskManager' },
  ];

/**
 * The operator's health probes: resources labelled `flink.apache.org/canary: "true"` (any case) start
 * no cluster (flink-kubernetes-operator `health/CanaryResourceManager.java`, `isCanaryResource`).
 */
export const CANARY_LABEL = 'flink.apache.org/canary';

export function isCanaryResource(document: YamlDocument): boolean {
  const { doc, root } = document;
  return (
    scalarText(doc, getPath(doc, root, 'metadata', 'labels', CANARY_LABEL))?.text.toLowerCase() === 'true'
  );
}

/** Whether a document is one of the Kubernetes operator's resources this tool reads. */
export function isOperatorResource(document: YamlDocument): boolean {
  const { doc, root } = document;
  const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
  return apiVersion.startsWith(OPERATOR_API_GROUP) && kind in OPERATOR_KINDS;
}

/**
 * A `FlinkDeployment` or `FlinkSessionJob` as the operator turns it into a Flink configuration:
 * `spec.flinkConfiguration` flattened to strings, then `resource.memory` / `resources` written over
 * `*.memory.process.size` (spec §9).
 */
export function loadFlinkDeployment(document: YamlDocument, file: YamlFileContext): LoadedConfig[] {
  const { doc, root } = document;
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text as keyof typeof OPERATOR_KINDS;
  return loadOperatorSpec(document, file, kind);
}

/** A resource whose `spec` is the operator's FlinkDeployment or FlinkSessionJob spec, read as that kind. */
export function loadOperatorSpec(
  document: YamlDocument,
  { yaml }: YamlFileContext,
  kind: keyof typeof OPERATOR_KINDS,
): LoadedConfig[] {
  const { doc, root } = document;
  const spec = getPath(doc, root, 'spec');
  const problems: LoadProblem[] = [];
  const entries = flinkConfiguration(yaml, document, getPath(doc, spec, 'flinkConfiguration'), problems);
  const container: Partial<Record<ProcessName, ContainerLimit>> = {};
  const podTemplateLimits: Partial<Record<ProcessName, ContainerLimit>> = {};
  const replicas: Partial<Record<ProcessName, number>> = {};
  const isDeployment = kind === 'FlinkDeployment';

  for (const { process, field, label } of isDeployment ? PROCESS_SPECS : []) {
    const processSpec = getPath(doc, spec, field);
    const memory = resourceMemory(yaml, document, processSpec);
    if (memory) {
      const converted = memory.unresolved ? { value: memory.text } : operatorMemory(memory.text, label);
      if (converted.error) {
        problems.push({ code: 'operator-rejected', message: converted.error, location: memory.location });
      }
      const key = `${process}.memory.process.size`;
      const entry: Entry = { key, value: converted.value, location: memory.location, origin: 'operator' };
      if (memory.unresolved) entry.unresolved = true;
      entries.push(entry);
      const requestBytes = memory.requestBytes ?? converted.bytes;
      if (memory.limit && requestBytes !== undefined && requestBytes > 0n) {
        // Both a request and a limit: the operator sets the limit factor to limit / request.
        const factor = Number(memory.limit.bytes) / Number(requestBytes);
        entries.push({
          key: `kubernetes.${process}.memory.limit-factor`,
          value: javaDoubleToString(factor),
          location: memory.limit.location ?? memory.location,
          origin: 'operator',
        });
      } else if (converted.bytes !== undefined) {
        container[process] = podLimit(converted.bytes, entries, process, memory);
      }
    }
    const template =
      podTemplateLimit(yaml, document, processSpec, `spec.${field}.podTemplate`) ??
      podTemplateLimit(yaml, document, spec, 'spec.podTemplate');
    if (template) podTemplateLimits[process] = template;
    // Without the operator's memory the template's limit stands in, for pod-template-memory-ignored.
    const limit = memory?.limit ?? template;
    if (limit && !container[process]) container[process] = limit;
    const count = scalarText(doc, getPath(doc, processSpec, 'replicas'));
    if (count && /^\d+$/.test(count.text)) replicas[process] = Number(count.text);
  }

  const specVersion = scalarText(doc, getPath(doc, spec, 'flinkVersion'));
  if (specVersion && !/^v\d+_\d+$/.test(specVersion.text)) {
    problems.push({
      code: 'other',
      message: `spec.flinkVersion '${specVersion.text}' is not a version the operator accepts (written like v1_20)`,
      location: locationOf(yaml, getPath(doc, spec, 'flinkVersion')),
    });
  }
  const image = scalarText(doc, getPath(doc, spec, 'image'))?.text;
  const annotations = metadataAnnotations(document);
  const job = jobSpec(yaml, document, getItem(doc, spec, 'job'));
  const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text;
  const kubernetes: KubernetesConfigRef = { namespace: namespaceOf(document) };
  if (isDeployment && name !== undefined) kubernetes.flinkDeployment = name;
  const deploymentName = getPath(doc, spec, 'deploymentName');
  const target = scalarText(doc, deploymentName);
  if (!isDeployment && target && !target.unresolved)
    kubernetes.sessionJobOf = { name: target.text, location: locationOf(yaml, deploymentName) };
  return [
    buildConfig({
      part: String(document.index),
      kind: OPERATOR_KINDS[kind],
      location: locationOf(yaml, root),
      name,
      deployment: 'kubernetes',
      entries,
      processes: isDeployment ? ['jobmanager', 'taskmanager'] : [],
      container: containerLimits(container),
      podTemplateLimits: containerLimits(podTemplateLimits),
      replicas,
      // The operator deploys an application cluster for `spec.job`, a session cluster without it
      // (FlinkConfigBuilder.applyJobOrSessionSpec).
      clusterMode: isDeployment ? (job ? 'application' : 'session') : undefined,
      job,
      image,
      annotations,
      problems,
      version: { specVersion: specVersion?.text, images: image ? [image] : [], format: 'none' },
      kubernetes,
    }),
  ];
}

/** `spec.job` as written: what the operator hands Flink about the job (parallelism, program arguments). */
function jobSpec(yaml: YamlFile, document: YamlDocument, item: MapItem | undefined): JobSpec | undefined {
  const { doc } = document;
  const node = item?.value;
  if (!item || !node || !isMap(node)) return undefined;
  const text = (field: string) => {
    const scalar = scalarText(doc, getPath(doc, node, field));
    return scalar && !scalar.unresolved ? scalar.text : undefined;
  };
  const parallelism = text('parallelism');
  const job: JobSpec = {
    location: locationOf(yaml, item.keyNode),
    args: seqItems(doc, getPath(doc, node, 'args')).map((item) => scalarText(doc, item)?.text ?? ''),
  };
  if (parallelism && /^\d+$/.test(parallelism)) job.parallelism = Number(parallelism);
  for (const field of ['entryClass', 'jarURI', 'upgradeMode'] as const) {
    const value = text(field);
    if (value !== undefined) job[field] = value;
  }
  return job;
}

/**
 * `spec.flinkConfiguration`, flat or nested, flattened as the operator does (1.13+): nested keys
 * joined with `.`, arrays joined with `;`, every scalar as its text.
 */
export function flinkConfiguration(
  yaml: YamlFile,
  document: YamlDocument,
  node: Node | null,
  problems: LoadProblem[],
): Entry[] {
  const { doc } = document;
  const entries: Entry[] = [];
  const visit = (map: Node | null, prefix: string): void => {
    for (const item of mapItems(doc, map)) {
      const key = prefix + item.key;
      const location = locationOf(yaml, item.keyNode);
      const value = resolve(doc, item.value);
      const template = scalarText(doc, value);
      if (value && isMap(value) && !template) {
        visit(value, `${key}.`);
        continue;
      }
      const entry: Entry = { key, value: operatorText(yaml, document, value), location, origin: 'file' };
      if (template?.unresolved) {
        entry.unresolved = true;
        problems.push({
          code: 'unresolved-template',
          message: `'${key}' is a template placeholder: ${template.text}`,
          location,
        });
      }
      entries.push(entry);
    }
  };
  visit(node, '');
  return entries;
}

/** Jackson's `asText()` of a value, the way the operator stores each flattened entry. */
function operatorText(yaml: YamlFile, document: YamlDocument, node: Node | null): string {
  const { doc } = document;
  if (!node) return 'null';
  if (isSeq(node))
    return seqItems(doc, node)
      .map((item) => operatorText(yaml, document, item))
      .join(';');
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'number') return javaDoubleToString(value);
    return scalarString(value) ?? 'null';
  }
  return scalarText(doc, node)?.text ?? '';
}

interface ResourceMemory {
  text: string;
  unresolved: boolean;
  source: string;
  location: Location;
  /** The container limit where `resources` gives one apart from the request. */
  limit?: ContainerLimit;
  /** The request in bytes, where both a request and a limit are given. */
  requestBytes?: bigint;
}

/**
 * The pod memory limit Flink's Kubernetes integration sets: the process size in whole MiB times
 * `kubernetes.<process>.memory.limit-factor` (default 1), truncated to MiB.
 */
function podLimit(
  bytes: bigint,
  entries: readonly Entry[],
  process: ProcessName,
  memory: ResourceMemory,
): ContainerLimit {
  const factorEntry = [...entries]
    .reverse()
    .find((e) => e.key === `kubernetes.${process}.memory.limit-factor`);
  const factor = factorEntry ? Number(String(factorEntry.value)) : 1;
  const mib = bytes >> 20n;
  const limitMib = Number.isFinite(factor) && factor >= 1 ? BigInt(Math.floor(Number(mib) * factor)) : mib;
  const source =
    factor !== 1 && factorEntry
      ? `${memory.source} × limit-factor ${String(factorEntry.value)}`
      : memory.source;
  return {
    bytes: limitMib << 20n,
    text: memory.text,
    source,
    location: memory.location,
    requestBytes: mib << 20n,
  };
}

/**
 * The memory the operator applies: `resources` (newer, wins when it has a request or a limit; the
 * request, else the limit) or the deprecated `resource.memory`.
 */
function resourceMemory(
  yaml: YamlFile,
  document: YamlDocument,
  processSpec: Node | null,
): ResourceMemory | undefined {
  const { doc } = document;
  const field = processSpec ? getItem(doc, processSpec, 'resources') : undefined;
  const request = getItem(doc, getPath(doc, processSpec, 'resources', 'requests'), 'memory');
  const limit = getItem(doc, getPath(doc, processSpec, 'resources', 'limits'), 'memory');
  const chosen = request ?? limit;
  const chosenText = chosen && scalarText(doc, chosen.value);
  if (field && chosen && chosenText) {
    const limitText = limit && scalarText(doc, limit.value);
    const limitBytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
    const which = chosen === request ? 'requests' : 'limits';
    return {
      text: chosenText.text,
      unresolved: chosenText.unresolved,
      source: `resources.${which}.memory`,
      location: locationOf(yaml, chosen.value),
      limit:
        limitText && limitBytes !== undefined
          ? {
              bytes: limitBytes,
              text: limitText.text,
              source: 'resources.limits.memory',
              location: locationOf(yaml, limit.value),
            }
          : undefined,
      requestBytes: request && limit && !chosenText.unresolved ? quantityBytes(chosenText.text) : undefined,
    };
  }
  const memory = getItem(doc, getPath(doc, processSpec, 'resource'), 'memory');
  const text = memory && scalarText(doc, memory.value);
  if (!memory || !text) return undefined;
  return {
    text: text.text,
    unresolved: text.unresolved,
    source: 'resource.memory',
    location: locationOf(yaml, memory.value),
  };
}

/** The memory limit of the main container (`flink-main-container`) of a pod template. */
function podTemplateLimit(
  yaml: YamlFile,
  document: YamlDocument,
  owner: Node | null,
  path: string,
): ContainerLimit | undefined {
  const { doc } = document;
  const containers = seqItems(doc, getPath(doc, owner, 'podTemplate', 'spec', 'containers'));
  const main = containers.find(
    (c) => scalarText(doc, getPath(doc, c, 'name'))?.text === 'flink-main-container',
  );
  const limit = main && getItem(doc, getPath(doc, main, 'resources', 'limits'), 'memory');
  const text = limit && scalarText(doc, limit.value);
  const bytes = text && !text.unresolved ? quantityBytes(text.text) : undefined;
  if (!limit || !text || bytes === undefined) return undefined;
  return {
    bytes,
    text: text.text,
    source: `${path} flink-main-container resources.limits.memory`,
    location: locationOf(yaml, limit.value),
  };
}
