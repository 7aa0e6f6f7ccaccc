import type {
  ConfigResult,
  Finding,
  FlinkConfig,
  JobManagerMemory,
  Report,
  TaskManagerMemory,
  TaskManagerResult,
} from '../../src/model/index.js';

const MIB = 1n << 20n;

/** Flink's TaskManager breakdown for a process size with every other option at its default (1.20). */
export function taskManagerFor(processMiB: number): TaskManagerResult {
  const process = BigInt(processMiB) * MIB;
  const metaspace = 256n * MIB;
  let overhead = (process / 10n / MIB) * MIB;
  if (overhead < 192n * MIB) overhead = 192n * MIB;
  const flink = process - metaspace - overhead;
  const managed = (flink * 4n) / 10n;
  const network = flink / 10n;
  const frameworkHeap = 128n * MIB;
  const frameworkOffHeap = 128n * MIB;
  const taskHeap = flink - managed - network - frameworkHeap - frameworkOffHeap;
  const memory: TaskManagerMemory = {
    frameworkHeap,
    taskHeap,
    managed,
    frameworkOffHeap,
    taskOffHeap: 0n,
    network,
    jvmMetaspace: metaspace,
    jvmOverhead: overhead,
    totalFlink: flink,
    totalProcess: process,
  };
  return {
    ok: true,
    memory,
    jvm: { heap: frameworkHeap + taskHeap, directMemory: frameworkOffHeap + network, metaspace, args: '' },
  };
}

export function jobManager(processMiB: number): ConfigResult['breakdown']['jobmanager'] {
  const process = BigInt(processMiB) * MIB;
  const memory: JobManagerMemory = {
    jvmHeap: process - 256n * MIB - 192n * MIB - 128n * MIB,
    offHeap: 128n * MIB,
    jvmMetaspace: 256n * MIB,
    jvmOverhead: 192n * MIB,
    totalFlink: process - 448n * MIB,
    totalProcess: process,
  };
  return { ok: true, memory, jvm: { heap: memory.jvmHeap, metaspace: memory.jvmMetaspace, args: '' } };
}

export function configResult(
  file: string,
  line: number,
  tmMiB: number | TaskManagerResult,
  extra: Partial<FlinkConfig> = {},
): ConfigResult {
  const config: FlinkConfig = {
    id: `${file}#${line}`,
    file,
    line,
    column: 1,
    kind: 'flink-conf',
    flinkVersion: '1.20',
    flinkVersionSource: 'format',
    deployment: 'standalone',
    entries: [
      {
        key: 'taskmanager.memory.process.size',
        value: typeof tmMiB === 'number' ? `${tmMiB}m` : 'x',
        location: { file, line, column: 1 },
        origin: 'file',
      },
    ],
    container: {},
    processes: ['taskmanager', 'jobmanager'],
    problems: [],
    ...extra,
  };
  return {
    config,
    breakdown: {
      flinkVersion: '1.20',
      taskmanager: typeof tmMiB === 'number' ? taskManagerFor(tmMiB) : tmMiB,
      jobmanager: jobManager(1600),
    },
  };
}

export function finding(result: ConfigResult | string, line: number, extra: Partial<Finding> = {}): Finding {
  const file = typeof result === 'string' ? result : result.config.file;
  return {
    ruleId: 'process-exceeds-container',
    severity: 'error',
    message: 'TaskManager Total Process 4096 MiB is above the container limit 2048 MiB',
    file,
    line,
    column: 1,
    ...(typeof result === 'string' ? {} : { configId: result.config.id }),
    ...extra,
  };
}

export function report(
  configs: ConfigResult[],
  findings: Finding[] = [],
  suppressed: Finding[] = [],
): Report {
  return {
    tool: { name: 'flink-memory-lint', version: '0.0.0-test' },
    configs,
    findings,
    suppressed,
    notices: [],
    summary: {
      files: new Set(configs.map((c) => c.config.file)).size,
      configs: configs.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      suppressed: suppressed.length,
    },
  };
}
