import type {
  ConfigLink,
  FlinkConfig,
  LinkedContainer,
  ProcessName,
  VersionEvidence,
} from '../model/index.js';
import type { KubernetesLink } from './kubernetes.js';
import { resolveFlinkVersion, type VersionContext } from './version.js';

const ROLE_PROCESSES: Record<LinkedContainer['role'], ProcessName[]> = {
  jobmanager: ['jobmanager'],
  taskmanager: ['taskmanager'],
  both: ['jobmanager', 'taskmanager'],
};

/**
 * The version of a config that runs elsewhere: on a FlinkDeployment (what that resource says), or
 * in containers (their Flink images after the config's own evidence), with where it is written.
 */
export function kubernetesLink(
  evidence: VersionEvidence,
  placed: KubernetesLink,
  context: VersionContext,
): ConfigLink {
  const link: ConfigLink = placed.deployment
    ? onDeployment(placed.deployment, context)
    : inContainers(evidence, placed.containers ?? [], context);
  if (placed.containers) link.containers = placed.containers;
  if (placed.problems) link.problems = placed.problems;
  return link;
}

function onDeployment(
  deployment: NonNullable<KubernetesLink['deployment']>,
  context: VersionContext,
): ConfigLink {
  const resolved = resolveFlinkVersion(deployment.evidence, context);
  if (resolved.flinkVersionSource.startsWith('--flink-version')) return resolved;
  return {
    ...resolved,
    flinkVersionSource: `FlinkDeployment ${deployment.name} (${deployment.path}) ${resolved.flinkVersionSource}`,
  };
}

function inContainers(
  evidence: VersionEvidence,
  containers: readonly LinkedContainer[],
  context: VersionContext,
): ConfigLink {
  const images = containers.filter((c) => c.image);
  const resolved = resolveFlinkVersion(
    { ...evidence, images: [...(evidence.images ?? []), ...images.map((c) => c.image!.ref)] },
    context,
  );
  const from = images.find((c) => resolved.flinkVersionSource.startsWith(`image ${c.image!.ref}`));
  if (!from) return resolved;
  const at = from.image!.location;
  return {
    ...resolved,
    flinkVersionSource: `${resolved.flinkVersionSource} (${at.file}:${at.line}, ${from.name})`,
  };
}

/** The role part of a container's evidence: `role from args taskmanager`. */
function roleReason(c: LinkedContainer): string {
  const at = c.evidence.indexOf('role ');
  return at >= 0 ? c.evidence.slice(at) : c.evidence;
}

/** Gives a config the processes, limits, replicas and image of the containers that run it. */
export function runIn(config: FlinkConfig, containers: readonly LinkedContainer[]): void {
  const processes = new Set<ProcessName>();
  for (const c of containers) for (const p of ROLE_PROCESSES[c.role]) processes.add(p);
  config.processes = (['jobmanager', 'taskmanager'] as const).filter((p) => processes.has(p));
  // The loaded config's own maps stay as loaded: a config may be linked more than once.
  config.container = { ...config.container };
  if (config.replicas) config.replicas = { ...config.replicas };
  for (const c of containers) {
    for (const p of ROLE_PROCESSES[c.role]) {
      if (c.limit && !config.container[p]) {
        const at = c.limit.location;
        config.container[p] = {
          bytes: c.limit.bytes,
          text: c.limit.text,
          // Why this container's limit bounds this process: its role and where that was read.
          source: `${c.name} resources.limits.memory (${at.file}:${at.line}), ${roleReason(c)}`,
          location: at,
          ...(c.request ? { requestBytes: c.request.bytes } : {}),
        };
      }
      if (c.replicas !== undefined && c.role !== 'both') {
        config.replicas ??= {};
        config.replicas[p] ??= c.replicas;
      }
    }
  }
  const image = containers.find((c) => c.image)?.image?.ref;
  if (config.image === undefined && image !== undefined) config.image = image;
}
