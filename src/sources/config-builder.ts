import type {
  ConfigKind,
  ContainerLimit,
  Deployment,
  Entry,
  FlinkConfig,
  KubernetesConfigRef,
  LoadedConfig,
  LoadProblem,
  Location,
  ProcessName,
  VersionEvidence,
} from '../model/index.js';
import { isPlaceholder } from './yaml/document.js';

export interface ConfigDraft {
  /** Distinguishes configs within one file: document index, service name, ConfigMap key. */
  part: string;
  kind: ConfigKind;
  location: Location;
  name?: string;
  deployment: Deployment;
  entries: Entry[];
  /** Set where the entries are `FLINK_PROPERTIES` appended to the image's default conf: that variable. */
  appendsToImageConf?: Location;
  processes: ProcessName[];
  container?: FlinkConfig['container'];
  podTemplateLimits?: FlinkConfig['podTemplateLimits'];
  replicas?: FlinkConfig['replicas'];
  clusterMode?: FlinkConfig['clusterMode'];
  job?: FlinkConfig['job'];
  image?: string;
  annotations?: Record<string, string>;
  env?: Record<string, string>;
  envLocations?: Record<string, Location>;
  problems: LoadProblem[];
  version: VersionEvidence;
  kubernetes?: KubernetesConfigRef;
}

export function buildConfig(draft: ConfigDraft): LoadedConfig {
  const config: LoadedConfig = {
    id: `${draft.location.file}#${draft.part}`,
    file: draft.location.file,
    line: draft.location.line,
    column: draft.location.column,
    kind: draft.kind,
    evidence: draft.version,
    deployment: draft.deployment,
    entries: markOverrides(markPlaceholders(draft.entries, draft.problems)),
    container: draft.container ?? {},
    processes: draft.processes,
    problems: draft.problems,
  };
  if (draft.name !== undefined) config.name = draft.name;
  if (draft.kubernetes) config.kubernetes = draft.kubernetes;
  if (draft.appendsToImageConf) config.appendsToImageConf = draft.appendsToImageConf;
  if (draft.podTemplateLimits && Object.keys(draft.podTemplateLimits).length > 0)
    config.podTemplateLimits = draft.podTemplateLimits;
  if (draft.replicas && Object.keys(draft.replicas).length > 0) config.replicas = draft.replicas;
  if (draft.clusterMode) config.clusterMode = draft.clusterMode;
  if (draft.job) config.job = draft.job;
  if (draft.image !== undefined) config.image = draft.image;
  if (draft.annotations && Object.keys(draft.annotations).length > 0) config.annotations = draft.annotations;
  if (draft.env && Object.keys(draft.env).length > 0) config.env = draft.env;
  if (draft.envLocations && Object.keys(draft.envLocations).length > 0)
    config.envLocations = draft.envLocations;
  return config;
}

/** Values that are still template placeholders (`{{ .Values.x }}`, `${VAR}`) are not values yet. */
function markPlaceholders(entries: Entry[], problems: LoadProblem[]): Entry[] {
  for (const entry of entries) {
    if (entry.unresolved || typeof entry.value !== 'string' || !isPlaceholder(entry.value)) continue;
    entry.unresolved = true;
    problems.push({
      code: 'unresolved-template',
      message: `'${entry.key}' is a template placeholder, not a value: ${entry.value}`,
      location: entry.location,
    });
  }
  return entries;
}

/** Marks each entry a later one (in `entries`, then `later`) replaces, keeping marks already set. */
export function markOverrides(entries: Entry[], later: readonly Entry[] = []): Entry[] {
  const last = new Map<string, Entry>();
  for (const entry of [...entries, ...later]) {
    const earlier = last.get(entry.key);
    if (earlier && !earlier.overriddenBy) earlier.overriddenBy = entry.location;
    last.set(entry.key, entry);
  }
  return entries;
}

/** Container memory limits, keeping only the processes that have one. */
export function containerLimits(
  limits: Partial<Record<ProcessName, ContainerLimit | undefined>>,
): FlinkConfig['container'] {
  const result: FlinkConfig['container'] = {};
  for (const process of ['jobmanager', 'taskmanager'] as const) {
    const limit = limits[process];
    if (limit) result[process] = limit;
  }
  return result;
}
