import { formatSize } from '../flink/index.js';
import type { ContainerLimit, ContainerRole, FlinkConfig, ProcessName } from '../model/index.js';
import { toJsonValue } from './breakdown-json.js';

const PROCESS_LABEL: Record<ProcessName, string> = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };
const ROLE_LABEL: Record<ContainerRole, string> = {
  taskmanager: 'TaskManager',
  jobmanager: 'JobManager',
  both: 'JobManager and TaskManager',
};

/** Where a container limit is written: `docker-compose.yml:23 mem_limit`; a source naming its file and line says it already. */
function limitWhere(limit: ContainerLimit): string {
  const { location, source } = limit;
  if (
    !location ||
    source.startsWith(`${location.file}:`) ||
    source.includes(`(${location.file}:${location.line})`)
  )
    return source;
  return `${location.file}:${location.line} ${source}`;
}

/**
 * What a config was judged with, and where each piece comes from, for people: `Flink 1.18
 * (Dockerfile:1 FROM flink:1.18), TaskManager container 1024 MiB (docker-compose.yml:23 mem_limit)`.
 */
export function contextParts(config: FlinkConfig): string[] {
  const parts = [`Flink ${config.flinkVersion} (${config.flinkVersionSource})`];
  for (const process of ['taskmanager', 'jobmanager'] as const) {
    const limit = config.container[process];
    if (limit)
      parts.push(`${PROCESS_LABEL[process]} container ${formatSize(limit.bytes)} (${limitWhere(limit)})`);
  }
  for (const c of config.linkedContainers ?? []) {
    if (c.limit) continue;
    const role = c.role
      ? ` (${ROLE_LABEL[c.role]}${c.roleEvidence ? `, ${c.roleEvidence.file}:${c.roleEvidence.line}` : ''})`
      : '';
    parts.push(`${c.kind} ${c.name}${role} with no memory limit (${c.at.file}:${c.at.line})`);
  }
  return parts;
}

export function contextText(config: FlinkConfig): string {
  const parts = contextParts(config);
  return config.contextName ? `${parts.join(', ')}; as run by ${config.contextName}` : parts.join(', ');
}

/** The same context as data for the JSON report (sizes as JSON numbers, or decimal strings above 2^53−1). */
export function contextJson(config: FlinkConfig): Record<string, unknown> {
  return {
    text: contextText(config),
    ...(config.contextName ? { name: config.contextName } : {}),
    ...(config.linkedContainers ? { containers: toJsonValue(config.linkedContainers) } : {}),
    ...(config.versionBeforeMemoryModel ? { versionBeforeMemoryModel: config.versionBeforeMemoryModel } : {}),
    ...(config.preMemoryModel ? { preMemoryModel: config.preMemoryModel } : {}),
  };
}
