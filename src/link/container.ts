import { sameVersion } from '../flink/index.js';
import type {
  ConfigLink,
  ContainerLimit,
  ContainerRole,
  FlinkConfig,
  LinkedContainer,
  LinkedMemory,
  ProcessName,
  VersionEvidence,
} from '../model/index.js';
import type { Placement } from './place.js';
import { resolveFlinkVersion, type ResolvedVersion, type VersionContext } from './version.js';

/** The processes a container of this role runs. */
function roleProcesses(role: ContainerRole | undefined): ProcessName[] {
  if (role === 'both') return ['jobmanager', 'taskmanager'];
  return role ? [role] : [];
}

/**
 * The contexts a config runs in, from where the files place it: one per Flink version, each with
 * at most one container per process; a config mounted into two TaskManager services of different
 * sizes, or into images of two versions, is judged in each. The first is the config's own.
 */
export function contexts(
  evidence: VersionEvidence,
  placements: readonly Placement[],
  context: VersionContext,
): ConfigLink {
  const groups: {
    resolved: ResolvedVersion;
    containers: LinkedContainer[];
    /** The memory limit each process has in this context (`none` where its container sets none). */
    taken: Map<ProcessName, bigint | 'none'>;
  }[] = [];
  // A container whose image names no Flink version (an application image) runs the version the
  // other contexts name, where one does: it adds its limits, not a guess of its own.
  const named = placements.find((p) => p.versions.length > 0)?.versions ?? [];
  for (const placement of placements) {
    const versions = placement.versions.length > 0 ? placement.versions : named;
    const resolved = resolveFlinkVersion(
      evidence,
      context,
      placement.own ? { own: versions } : { linked: versions },
    );
    const processes = roleProcesses(placement.container?.role);
    const limit = placement.container?.limit?.bytes ?? 'none';
    // Containers of the same process with the same limit (replicas written as services) are one context.
    let group = groups.find(
      (g) =>
        sameVersion(g.resolved.flinkVersion, resolved.flinkVersion) &&
        g.resolved.versionBeforeMemoryModel === resolved.versionBeforeMemoryModel &&
        processes.every((p) => !g.taken.has(p) || g.taken.get(p) === limit),
    );
    if (!group) groups.push((group = { resolved, containers: [], taken: new Map() }));
    if (placement.container && !group.containers.some((c) => sameContainer(c, placement.container!))) {
      group.containers.push(placement.container);
      for (const p of processes) group.taken.set(p, limit);
    }
  }
  const links: ConfigLink[] = groups.map((g) => {
    const link: ConfigLink = { ...g.resolved };
    if (g.containers.length > 0) link.containers = g.containers;
    if (groups.length > 1)
      link.contextName =
        g.containers.length > 0 ? containersName(g.containers) : `Flink ${g.resolved.flinkVersion}`;
    return link;
  });
  const [first, ...also] = links;
  if (also.length > 0) first.also = also;
  return first;
}

/** `compose services jobmanager, taskmanager`; each with its kind where the kinds differ (a Deployment and a StatefulSet). */
function containersName(containers: readonly LinkedContainer[]): string {
  const [first] = containers;
  if (containers.every((c) => c.kind === first.kind))
    return `${first.kind}${containers.length > 1 ? 's' : ''} ${containers.map((c) => c.name).join(', ')}`;
  return containers.map((c) => `${c.kind} ${c.name}`).join(', ');
}

const sameContainer = (a: LinkedContainer, b: LinkedContainer) =>
  a.name === b.name && a.at.file === b.at.file && a.at.line === b.at.line;

/**
 * Where a linked limit is written, for people. A compose key names itself on its line
 * (`docker-compose.yml:23 mem_limit`); a workload's container is named with the reason for its role,
 * which no line of its own says (`Deployment flink-tm container tm resources.limits.memory
 * (k8s/tm.yaml:12), role from args taskmanager`).
 */
function limitSource(container: LinkedContainer, limit: LinkedMemory): string {
  const { file, line, text } = limit.evidence;
  return container.roleReason === undefined
    ? `${file}:${line} ${text}`
    : `${container.kind} ${container.name} ${text} (${file}:${line}), role ${container.roleReason}`;
}

/** The memory limits linked containers put on each process they run, located where the limit is written. */
function containerLimitsOf(containers: readonly LinkedContainer[]): FlinkConfig['container'] {
  const limits: FlinkConfig['container'] = {};
  for (const container of containers) {
    const { limit, request } = container;
    if (!limit) continue;
    for (const process of roleProcesses(container.role)) {
      if (limits[process]) continue;
      const value: ContainerLimit = {
        bytes: limit.bytes,
        text: limit.text,
        source: limitSource(container, limit),
        location: { file: limit.evidence.file, line: limit.evidence.line, column: limit.column ?? 1 },
      };
      if (request) value.requestBytes = request.bytes;
      limits[process] = value;
    }
  }
  return limits;
}

/**
 * Gives a config what the containers that run it say: the limits of each process (its own file's
 * limits first), the processes they start where each container's role is known, the replicas of
 * single-process workloads, and their image where the config names none.
 */
export function runIn(config: FlinkConfig, containers: readonly LinkedContainer[]): void {
  config.linkedContainers = [...containers];
  // The loaded config's own maps stay as loaded: a config may be linked more than once.
  config.container = { ...containerLimitsOf(containers), ...config.container };
  if (containers.every((c) => c.role !== undefined)) {
    const processes = new Set(containers.flatMap((c) => roleProcesses(c.role)));
    config.processes = (['jobmanager', 'taskmanager'] as const).filter((p) => processes.has(p));
  }
  if (config.replicas) config.replicas = { ...config.replicas };
  for (const c of containers)
    if (c.replicas !== undefined && (c.role === 'jobmanager' || c.role === 'taskmanager')) {
      config.replicas ??= {};
      config.replicas[c.role] ??= c.replicas;
    }
  const image = containers.find((c) => c.image)?.image;
  if (config.image === undefined && image !== undefined) config.image = image;
}
