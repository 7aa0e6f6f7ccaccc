import { KINDS, type Kind, type Scenario } from './kinds.js';

/**
 * For every rule of the pack, a realistic broken config and its fix, and the kinds of file it is
 * written in: exactly the expected findings at the lines of the keys that cause them, none once
 * fixed. Kinds where a rule cannot apply say why in `notIn`.
 */
export interface Case {
  name: string;
  kinds: readonly Kind[];
  /** The kinds left out, each with the reason the rule cannot apply there. */
  notIn?: Partial<Record<Kind, string>>;
  broken: Scenario;
  /** `[rule id, key whose line it is on]` (`raw` for the first line of `rawTail`). */
  expect: Array<[string, string]>;
  fixed: Scenario;
  /** The kind the fix is written in, where fixing means changing the kind of file. */
  fixedKind?: Kind;
}

const JM = { 'jobmanager.memory.process.size': '1600m' };
/** A TaskManager a streaming job on the heap backend is right to run. */
const TM = { 'taskmanager.numberOfTaskSlots': '2', 'taskmanager.memory.process.size': '4g' };
const HEAP = { ...JM, ...TM, 'taskmanager.memory.managed.size': '0' };
const ROCKS = { ...JM, ...TM, 'state.backend.type': 'rocksdb' };
const CONTAINERS = { taskmanager: '4Gi', jobmanager: '1600Mi' };

const OPERATOR_SIZES =
  'the operator sets the process size from the resource memory, which is the container limit';
const OPERATOR_ONLY = 'only a FlinkDeployment has operator resources';
const NO_CONTAINER_ENV = 'the kind gives no container environment';
const FLINK_2: Partial<Record<Kind, string>> = {
  'flink-conf': 'Flink 2.x does not read flink-conf.yaml (legacy-config-file)',
};
const BEFORE_1_19: Partial<Record<Kind, string>> = {
  'config-yaml': 'Flink reads config.yaml from 1.19 on',
};
const WITH_CONTAINER = KINDS.filter((k) => k !== 'flinkdeployment');
const without = (...kinds: Kind[]) => KINDS.filter((k) => !kinds.includes(k));
const only = (...kinds: Kind[]): readonly Kind[] => kinds;
const notIn = (reason: string, ...kinds: Kind[]) => Object.fromEntries(kinds.map((k) => [k, reason]));

export const CASES: Case[] = [
  {
    name: 'hashmap-managed-memory: explicit hashmap backend',
    kinds: KINDS,
    broken: { config: { ...JM, ...TM, 'state.backend.type': 'hashmap' } },
    expect: [['hashmap-managed-memory', 'state.backend.type']],
    fixed: {
      config: { ...JM, ...TM, 'state.backend.type': 'hashmap', 'taskmanager.memory.managed.size': '0' },
    },
  },
  {
    name: 'hashmap-managed-memory: the default backend, managed fraction set',
    kinds: KINDS,
    broken: { config: { ...JM, ...TM, 'taskmanager.memory.managed.fraction': '0.2' } },
    expect: [['hashmap-managed-memory', 'taskmanager.memory.managed.fraction']],
    fixed: { config: { ...JM, ...TM, 'taskmanager.memory.managed.fraction': '0' } },
  },
  {
    name: 'rocksdb-managed-memory: RocksDB with no managed memory',
    kinds: KINDS,
    broken: { config: { ...ROCKS, 'taskmanager.memory.managed.size': '0' } },
    expect: [['rocksdb-managed-memory', 'taskmanager.memory.managed.size']],
    fixed: { config: ROCKS },
  },
  {
    name: 'process-exceeds-container: TaskManager above its limit',
    kinds: WITH_CONTAINER,
    notIn: { flinkdeployment: OPERATOR_SIZES },
    broken: { config: HEAP, container: { taskmanager: '3Gi', jobmanager: '1600Mi' } },
    expect: [['process-exceeds-container', 'taskmanager.memory.process.size']],
    fixed: {
      config: { ...HEAP, 'taskmanager.memory.process.size': '3g' },
      container: { taskmanager: '3Gi', jobmanager: '1600Mi' },
    },
  },
  {
    name: 'derivation-failed: managed memory larger than the TaskManager',
    kinds: KINDS,
    broken: { config: { ...JM, ...TM, 'taskmanager.memory.managed.size': '4g' } },
    expect: [['derivation-failed', 'taskmanager.memory.process.size']],
    fixed: { config: HEAP },
  },
  {
    name: 'config-unparseable: a config.yaml with a key written twice',
    kinds: only('config-yaml', 'configmap'),
    notIn: {
      ...notIn(
        'flink-conf.yaml and FLINK_PROPERTIES are read line by line (legacy-duplicate-key)',
        'flink-conf',
        'docker-compose',
        'helm',
      ),
      flinkdeployment: 'flinkConfiguration is a map of the resource, read by the operator',
    },
    broken: { config: HEAP, version: '2.0', rawTail: 'taskmanager:\n  numberOfTaskSlots: 4' },
    expect: [['config-unparseable', 'raw']],
    fixed: { config: HEAP, version: '2.0' },
  },
  {
    name: 'legacy-duplicate-key: a key written twice in a flink-conf.yaml or FLINK_PROPERTIES',
    kinds: only('flink-conf', 'configmap', 'docker-compose', 'helm'),
    notIn: {
      'config-yaml': 'a duplicate key makes config.yaml invalid YAML (config-unparseable)',
      flinkdeployment: 'flinkConfiguration is a YAML map (a duplicate is a YAML error)',
    },
    broken: { config: HEAP, rawTail: 'taskmanager.numberOfTaskSlots: 4' },
    expect: [['legacy-duplicate-key', 'raw']],
    fixed: { config: HEAP },
  },
  {
    name: 'consumer-weights-missing: RocksDB with no STATE_BACKEND weight',
    kinds: KINDS,
    broken: { config: { ...ROCKS, 'taskmanager.memory.managed.consumer-weights': 'OPERATOR:70,PYTHON:30' } },
    expect: [['consumer-weights-missing', 'taskmanager.memory.managed.consumer-weights']],
    fixed: {
      config: {
        ...ROCKS,
        'taskmanager.memory.managed.consumer-weights': 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30',
      },
    },
  },
  {
    name: 'container-underused: a 4g TaskManager in an 8Gi container',
    kinds: WITH_CONTAINER,
    notIn: { flinkdeployment: OPERATOR_SIZES },
    broken: { config: HEAP, container: { taskmanager: '8Gi', jobmanager: '1600Mi' } },
    expect: [['container-underused', 'taskmanager.memory.process.size']],
    fixed: { config: HEAP, container: CONTAINERS },
  },
  {
    name: 'jm-direct-limit-disabled: JobManager off-heap sized, limit off, in a container',
    kinds: KINDS,
    broken: {
      config: {
        ...HEAP,
        'jobmanager.memory.off-heap.size': '256m',
        'jobmanager.memory.enable-jvm-direct-memory-limit': 'false',
      },
      container: CONTAINERS,
    },
    expect: [['jm-direct-limit-disabled', 'jobmanager.memory.off-heap.size']],
    fixed: {
      config: {
        ...HEAP,
        'jobmanager.memory.off-heap.size': '256m',
        'jobmanager.memory.enable-jvm-direct-memory-limit': 'true',
      },
      container: CONTAINERS,
    },
  },
  {
    name: 'jm-heap-too-small: an 800m JobManager',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'jobmanager.memory.process.size': '800m' } },
    expect: [['jm-heap-too-small', 'jobmanager.memory.process.size']],
    fixed: { config: HEAP },
  },
  {
    name: 'task-heap-too-small: an 896m TaskManager',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'taskmanager.memory.process.size': '896m' } },
    expect: [['task-heap-too-small', 'taskmanager.memory.process.size']],
    fixed: { config: { ...HEAP, 'taskmanager.memory.process.size': '2g' } },
  },
  {
    name: 'jvm-opts-override-memory: -Xmx in env.java.opts.taskmanager',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'env.java.opts.taskmanager': '-Xmx2g -XX:+UseG1GC' } },
    expect: [['jvm-opts-override-memory', 'env.java.opts.taskmanager']],
    fixed: { config: { ...HEAP, 'env.java.opts.taskmanager': '-XX:+UseG1GC' } },
  },
  {
    name: 'jvm-opts-memory-flags-ignored: -Xmx in JVM_ARGS',
    kinds: only('docker-compose'),
    notIn: notIn(NO_CONTAINER_ENV, 'flink-conf', 'config-yaml', 'flinkdeployment', 'configmap', 'helm'),
    broken: { config: HEAP, env: { JVM_ARGS: '-Xmx2g' } },
    expect: [['jvm-opts-memory-flags-ignored', 'env:JVM_ARGS']],
    fixed: { config: HEAP, env: { JVM_ARGS: '-XX:+UseG1GC' } },
  },
  {
    name: 'kubernetes-unit-in-flink-key: 512Mi in a Flink size',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'taskmanager.memory.jvm-metaspace.size': '512Mi' } },
    expect: [['kubernetes-unit-in-flink-key', 'taskmanager.memory.jvm-metaspace.size']],
    fixed: { config: { ...HEAP, 'taskmanager.memory.jvm-metaspace.size': '512m' } },
  },
  {
    name: 'memory-size-unparseable: a fractional size',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'taskmanager.memory.task.off-heap.size': '0.5g' } },
    expect: [['memory-size-unparseable', 'taskmanager.memory.task.off-heap.size']],
    fixed: { config: { ...HEAP, 'taskmanager.memory.task.off-heap.size': '512m' } },
  },
  {
    name: 'memory-size-without-unit: metaspace in bytes',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'taskmanager.memory.jvm-metaspace.size': '512' } },
    expect: [['memory-size-without-unit', 'taskmanager.memory.jvm-metaspace.size']],
    fixed: { config: { ...HEAP, 'taskmanager.memory.jvm-metaspace.size': '512m' } },
  },
  {
    name: 'metaspace-low: 128m of TaskManager metaspace',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'taskmanager.memory.jvm-metaspace.size': '128m' } },
    expect: [['metaspace-low', 'taskmanager.memory.jvm-metaspace.size']],
    fixed: { config: { ...HEAP, 'taskmanager.memory.jvm-metaspace.size': '256m' } },
  },
  {
    name: 'multiple-totals: process and Flink size both set',
    kinds: without('flinkdeployment'),
    notIn: { flinkdeployment: 'the operator sets the process size (operator-resource-plus-flink-size)' },
    broken: { config: { ...HEAP, 'taskmanager.memory.flink.size': '3g' } },
    expect: [['multiple-totals', 'taskmanager.memory.flink.size']],
    fixed: { config: HEAP },
  },
  {
    name: 'network-cap-version: a 16g TaskManager on Flink 1.16',
    kinds: without('config-yaml'),
    notIn: BEFORE_1_19,
    broken: { config: { ...HEAP, 'taskmanager.memory.process.size': '16g' }, version: '1.16' },
    expect: [['network-cap-version', 'taskmanager.memory.process.size']],
    fixed: {
      config: { ...HEAP, 'taskmanager.memory.process.size': '16g', 'taskmanager.memory.network.max': '2g' },
      version: '1.16',
    },
  },
  {
    name: 'network-pinned-low: network min = max with 8 slots',
    kinds: KINDS,
    broken: {
      config: {
        ...HEAP,
        'taskmanager.numberOfTaskSlots': '8',
        'taskmanager.memory.network.min': '64m',
        'taskmanager.memory.network.max': '64m',
      },
    },
    expect: [['network-pinned-low', 'taskmanager.memory.network.max']],
    fixed: { config: { ...HEAP, 'taskmanager.numberOfTaskSlots': '8' } },
  },
  {
    name: 'operator-memory-missing: no TaskManager resource memory',
    kinds: only('flinkdeployment'),
    notIn: notIn(OPERATOR_ONLY, ...without('flinkdeployment')),
    broken: {
      config: { ...JM, 'taskmanager.numberOfTaskSlots': '2' },
      operatorResource: { taskmanager: null },
    },
    expect: [['operator-memory-missing', 'file']],
    fixed: {
      config: { ...JM, 'taskmanager.numberOfTaskSlots': '2', 'taskmanager.memory.managed.size': '0' },
      operatorResource: { taskmanager: '4g' },
    },
  },
  {
    name: 'operator-resource-overrides-config: a process size the resource memory replaces',
    kinds: only('flinkdeployment'),
    notIn: notIn(OPERATOR_ONLY, ...without('flinkdeployment')),
    broken: {
      config: { ...HEAP, 'taskmanager.memory.process.size': '3g' },
      operatorResource: { taskmanager: '4g', jobmanager: '1600m' },
    },
    expect: [['operator-resource-overrides-config', 'taskmanager.memory.process.size']],
    fixed: {
      config: { 'taskmanager.numberOfTaskSlots': '2', 'taskmanager.memory.managed.size': '0' },
      operatorResource: { taskmanager: '4g', jobmanager: '1600m' },
    },
  },
  {
    name: 'operator-resource-plus-flink-size: resource memory and flink.size',
    kinds: only('flinkdeployment'),
    notIn: notIn(OPERATOR_ONLY, ...without('flinkdeployment')),
    broken: {
      config: {
        'taskmanager.numberOfTaskSlots': '2',
        'taskmanager.memory.managed.size': '0',
        'taskmanager.memory.flink.size': '3g',
      },
      operatorResource: { taskmanager: '4g', jobmanager: '1600m' },
    },
    expect: [['operator-resource-plus-flink-size', 'taskmanager.memory.flink.size']],
    fixed: {
      config: { 'taskmanager.numberOfTaskSlots': '2', 'taskmanager.memory.managed.size': '0' },
      operatorResource: { taskmanager: '4g', jobmanager: '1600m' },
    },
  },
  {
    name: 'pod-template-memory-ignored: a memory limit in the TaskManager pod template',
    kinds: only('flinkdeployment'),
    notIn: notIn('only the operator overwrites pod template memory', ...without('flinkdeployment')),
    broken: { config: HEAP, operatorResource: { taskmanager: null }, podTemplateLimit: '8Gi' },
    expect: [['pod-template-memory-ignored', 'podTemplate']],
    fixed: { config: HEAP, operatorResource: { taskmanager: null } },
  },
  {
    name: 'pod-template-memory-ignored: a pod template limit beside resource.memory',
    kinds: only('flinkdeployment'),
    notIn: notIn('only the operator overwrites pod template memory', ...without('flinkdeployment')),
    broken: { config: HEAP, podTemplateLimit: '8Gi' },
    expect: [['pod-template-memory-ignored', 'podTemplate']],
    fixed: { config: HEAP },
  },
  {
    name: 'memory-limit-factor: the pod limit 1.5 × the TaskManager',
    kinds: only('flinkdeployment'),
    notIn: notIn(
      'only Flink-created pods (native Kubernetes) read the limit factor',
      ...without('flinkdeployment'),
    ),
    broken: { config: { ...HEAP, 'kubernetes.taskmanager.memory.limit-factor': '1.5' } },
    expect: [['memory-limit-factor', 'kubernetes.taskmanager.memory.limit-factor']],
    fixed: { config: HEAP },
  },
  {
    name: 'request-above-limit: a TaskManager request above its limit',
    kinds: only('configmap', 'helm'),
    notIn: {
      ...notIn('the kind gives no memory request', 'flink-conf', 'config-yaml', 'docker-compose'),
      flinkdeployment: 'tested with the limit factor below',
    },
    broken: { config: HEAP, container: CONTAINERS, requests: { taskmanager: '6Gi' } },
    expect: [['request-above-limit', 'container:taskmanager']],
    fixed: { config: HEAP, container: CONTAINERS, requests: { taskmanager: '4Gi' } },
  },
  {
    name: 'request-above-limit: a limit factor below 1',
    kinds: only('flinkdeployment'),
    notIn: notIn(
      'only Flink-created pods (native Kubernetes) read the limit factor',
      ...without('flinkdeployment'),
    ),
    broken: { config: { ...HEAP, 'kubernetes.taskmanager.memory.limit-factor': '0.8' } },
    expect: [['request-above-limit', 'kubernetes.taskmanager.memory.limit-factor']],
    fixed: { config: HEAP },
  },
  {
    name: 'python-no-managed: PyFlink with no managed memory',
    kinds: KINDS,
    broken: { config: { ...HEAP, 'python.files': '/opt/flink/usrlib/job.py' } },
    expect: [['python-no-managed', 'taskmanager.memory.managed.size']],
    fixed: { config: { ...JM, ...TM, 'python.files': '/opt/flink/usrlib/job.py' } },
  },
  {
    name: 'quota-exceeded: the cluster above the quota',
    kinds: KINDS,
    broken: { config: HEAP, parameters: { quota: '3g' } },
    expect: [['quota-exceeded', 'taskmanager.memory.process.size']],
    fixed: { config: HEAP, parameters: { quota: '8g' } },
  },
  {
    name: 'removed-memory-key: taskmanager.heap.size on Flink 2.0',
    kinds: without('flink-conf'),
    notIn: FLINK_2,
    broken: { config: { ...HEAP, 'taskmanager.heap.size': '2g' }, version: '2.0' },
    expect: [['removed-memory-key', 'taskmanager.heap.size']],
    fixed: { config: HEAP, version: '2.0' },
  },
  {
    name: 'removed-network-buffer-option: buffers-per-channel on Flink 2.0',
    kinds: without('flink-conf'),
    notIn: FLINK_2,
    broken: { config: { ...HEAP, 'taskmanager.network.memory.buffers-per-channel': '4' }, version: '2.0' },
    expect: [['removed-network-buffer-option', 'taskmanager.network.memory.buffers-per-channel']],
    fixed: { config: HEAP, version: '2.0' },
  },
  {
    name: 'legacy-memory-key: the old network key on Flink 1.20',
    kinds: without('config-yaml'),
    notIn: { 'config-yaml': 'tested on Flink 2.x by removed-memory-key' },
    broken: { config: { ...HEAP, 'taskmanager.network.memory.max': '1g' } },
    expect: [['legacy-memory-key', 'taskmanager.network.memory.max']],
    fixed: { config: { ...HEAP, 'taskmanager.memory.network.max': '1g' } },
  },
  {
    name: 'legacy-config-file: flink-conf.yaml with Flink 2.0',
    kinds: only('flink-conf'),
    notIn: notIn('the kind is not a flink-conf.yaml file', ...without('flink-conf')),
    broken: { config: HEAP, version: '2.0' },
    expect: [['legacy-config-file', 'file']],
    fixed: { config: HEAP, version: '2.0' },
    fixedKind: 'config-yaml',
  },
  {
    name: 'legacy-config-file-deprecated: flink-conf.yaml with Flink 1.19',
    kinds: only('flink-conf'),
    notIn: notIn('the kind is not a flink-conf.yaml file', ...without('flink-conf')),
    broken: { config: HEAP, version: '1.19' },
    expect: [['legacy-config-file-deprecated', 'file']],
    fixed: { config: HEAP, version: '1.19' },
    fixedKind: 'config-yaml',
  },
  {
    name: 'rocksdb-cache-ratios: a high-priority pool ratio of zero',
    kinds: KINDS,
    broken: { config: { ...ROCKS, 'state.backend.rocksdb.memory.high-prio-pool-ratio': '0' } },
    expect: [['rocksdb-cache-ratios', 'state.backend.rocksdb.memory.high-prio-pool-ratio']],
    fixed: { config: { ...ROCKS, 'state.backend.rocksdb.memory.high-prio-pool-ratio': '0.1' } },
  },
  {
    name: 'rocksdb-memory-ratios-invalid: write buffers and pool above the cache',
    kinds: KINDS,
    broken: {
      config: {
        ...ROCKS,
        'state.backend.rocksdb.memory.write-buffer-ratio': '0.8',
        'state.backend.rocksdb.memory.high-prio-pool-ratio': '0.5',
      },
    },
    expect: [['rocksdb-memory-ratios-invalid', 'state.backend.rocksdb.memory.write-buffer-ratio']],
    fixed: {
      config: {
        ...ROCKS,
        'state.backend.rocksdb.memory.write-buffer-ratio': '0.5',
        'state.backend.rocksdb.memory.high-prio-pool-ratio': '0.1',
      },
    },
  },
  {
    name: 'rocksdb-fixed-not-budgeted: 1g per slot outside the budget',
    kinds: KINDS,
    broken: { config: { ...ROCKS, 'state.backend.rocksdb.memory.fixed-per-slot': '1g' } },
    expect: [['rocksdb-fixed-not-budgeted', 'state.backend.rocksdb.memory.fixed-per-slot']],
    fixed: { config: { ...ROCKS, 'state.backend.rocksdb.memory.fixed-per-slot': '512m' } },
  },
  {
    name: 'rocksdb-managed-per-slot-low: 8 slots share a 4g TaskManager',
    kinds: KINDS,
    broken: { config: { ...ROCKS, 'taskmanager.numberOfTaskSlots': '8' } },
    expect: [['rocksdb-managed-per-slot-low', 'taskmanager.numberOfTaskSlots']],
    fixed: {
      config: { ...ROCKS, 'taskmanager.numberOfTaskSlots': '8', 'taskmanager.memory.process.size': '8g' },
    },
  },
  {
    name: 'rocksdb-unmanaged: RocksDB memory neither managed nor fixed',
    kinds: KINDS,
    broken: { config: { ...ROCKS, 'state.backend.rocksdb.memory.managed': 'false' } },
    expect: [['rocksdb-unmanaged', 'state.backend.rocksdb.memory.managed']],
    fixed: { config: ROCKS },
  },
  {
    name: 'rocksdb-malloc-arena: RocksDB on glibc malloc in a container',
    kinds: without('flink-conf', 'config-yaml'),
    notIn: notIn('no container: arena growth is a container concern', 'flink-conf', 'config-yaml'),
    broken: {
      config: { ...ROCKS, 'containerized.taskmanager.env.DISABLE_JEMALLOC': 'true' },
      container: CONTAINERS,
    },
    expect: [['rocksdb-malloc-arena', 'containerized.taskmanager.env.DISABLE_JEMALLOC']],
    fixed: {
      config: {
        ...ROCKS,
        'containerized.taskmanager.env.DISABLE_JEMALLOC': 'true',
        'containerized.taskmanager.env.MALLOC_ARENA_MAX': '1',
      },
      container: CONTAINERS,
    },
  },
  {
    name: 'unit-base-mismatch: a decimal 4G limit for a 4g TaskManager',
    kinds: only('flink-conf', 'config-yaml', 'configmap', 'helm'),
    notIn: {
      'docker-compose': 'compose memory units are binary',
      flinkdeployment: OPERATOR_SIZES,
    },
    broken: { config: HEAP, container: { taskmanager: '4G', jobmanager: '1600Mi' } },
    expect: [['unit-base-mismatch', 'container:taskmanager|taskmanager.memory.process.size']],
    fixed: { config: HEAP, container: CONTAINERS },
  },
];
