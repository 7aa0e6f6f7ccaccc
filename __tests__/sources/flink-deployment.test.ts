import { describe, expect, test } from '@jest/globals';
import { deriveConfig } from '../../src/derive/index.js';
import { loadLinked as loadFile } from '../helpers/load.js';

const deployment = (spec: string, apiVersion = 'flink.apache.org/v1beta1') =>
  `apiVersion: ${apiVersion}\nkind: FlinkDeployment\nmetadata:\n  name: job\n  annotations:\n    team: data\nspec:\n${spec}`;

describe('FlinkDeployment', () => {
  test('resource.memory overwrites the flinkConfiguration process size, as the operator does', () => {
    const text = deployment(`  image: flink:1.18.1-scala_2.12
  flinkVersion: v1_17
  flinkConfiguration:
    taskmanager.memory.process.size: 4g
    taskmanager.numberOfTaskSlots: 2
  jobManager:
    resource:
      memory: "1024m"
  taskManager:
    replicas: 3
    resource:
      memory: "2048m"
`);
    const [config] = loadFile('k8s/job.yaml', text, {}).configs;
    expect(config.kind).toBe('flinkdeployment');
    expect(config.deployment).toBe('kubernetes');
    expect(config.flinkVersion).toBe('1.17');
    expect(config.flinkVersionSource).toBe('spec.flinkVersion v1_17');
    expect(config.replicas).toEqual({ taskmanager: 3 });
    expect(config.annotations).toEqual({ team: 'data' });
    const sizes = config.entries.filter((e) => e.key === 'taskmanager.memory.process.size');
    expect(sizes.map((e) => [e.value, e.origin, e.location.line, e.location.column])).toEqual([
      ['4g', 'file', 11, 5],
      ['2 gb', 'operator', 19, 15],
    ]);
    expect(sizes[0].overriddenBy).toEqual({ file: 'k8s/job.yaml', line: 19, column: 15 });
    expect(config.container.taskmanager).toMatchObject({
      bytes: 2n << 30n,
      text: '2048m',
      source: 'resource.memory',
    });
    const breakdown = deriveConfig(config);
    expect(breakdown.taskmanager.ok && breakdown.taskmanager.memory.totalProcess).toBe(2048n << 20n);
  });

  test('nested flinkConfiguration is flattened to the strings the operator sets', () => {
    const [config] = loadFile(
      'job.yaml',
      deployment(`  flinkConfiguration:
    taskmanager:
      numberOfTaskSlots: 2
      memory:
        managed.fraction: 0.25
    pipeline.jars: [a.jar, b.jar]
  taskManager:
    resource:
      memory: 2Gi
`),
      {},
    ).configs;
    expect(config.entries.map((e) => [e.key, e.value, e.location.line])).toEqual([
      ['taskmanager.numberOfTaskSlots', '2', 10],
      ['taskmanager.memory.managed.fraction', '0.25', 12],
      ['pipeline.jars', 'a.jar;b.jar', 13],
      ['taskmanager.memory.process.size', '2147483648', 16],
    ]);
  });

  test('resources with a request and a limit set the limit factor', () => {
    const [config] = loadFile(
      'job.yaml',
      deployment(`  taskManager:
    resources:
      requests:
        memory: 2Gi
      limits:
        memory: 3Gi
`),
      {},
    ).configs;
    const values = Object.fromEntries(config.entries.map((e) => [e.key, e.value]));
    expect(values).toEqual({
      'taskmanager.memory.process.size': '2147483648',
      'kubernetes.taskmanager.memory.limit-factor': '1.5',
    });
    expect(config.container.taskmanager).toMatchObject({
      bytes: 3n << 30n,
      source: 'resources.limits.memory',
    });
  });

  test('a limit factor in flinkConfiguration raises the pod limit above the process size', () => {
    const [config] = loadFile(
      'job.yaml',
      deployment(`  flinkConfiguration:
    kubernetes.taskmanager.memory.limit-factor: "1.5"
  taskManager:
    resource:
      memory: 2g
`),
      {},
    ).configs;
    expect(config.container.taskmanager).toMatchObject({ bytes: 3n << 30n, requestBytes: 2n << 30n });
  });

  test('a memory the operator cannot read is reported with its validation message', () => {
    const { configs } = loadFile(
      'job.yaml',
      deployment(`  taskManager:\n    resource:\n      memory: 1.5Gi\n`),
      {},
    );
    expect(configs[0].problems).toEqual([
      expect.objectContaining({
        code: 'operator-rejected',
        message: expect.stringContaining(
          "TaskManager resource memory parse error: Memory size unit '.0'",
        ) as unknown,
        location: { file: 'job.yaml', line: 10, column: 15 },
      }),
    ]);
  });

  test('an invalid spec.flinkVersion falls back to the image and is reported', () => {
    const [config] = loadFile(
      'job.yaml',
      deployment(`  image: flink:1.16.2\n  flinkVersion: v1.17\n`),
      {},
    ).configs;
    expect(config.flinkVersion).toBe('1.16');
    expect(config.flinkVersionSource).toBe('image flink:1.16.2');
    expect(config.problems[0].message).toContain("spec.flinkVersion 'v1.17'");
  });

  test('pod template limits of the main container bound both processes', () => {
    const [config] = loadFile(
      'job.yaml',
      deployment(`  podTemplate:
    spec:
      containers:
        - name: sidecar
          resources: {limits: {memory: 1Gi}}
        - name: flink-main-container
          resources:
            limits:
              memory: 8Gi
`),
      {},
    ).configs;
    expect(config.container.jobmanager).toMatchObject({ bytes: 8n << 30n, location: { line: 16 } });
    expect(config.container.taskmanager?.bytes).toBe(8n << 30n);
    expect(config.podTemplateLimits).toEqual(config.container);
  });

  test('a pod template limit is recorded beside resource.memory, which keeps the container limit', () => {
    const [config] = loadFile(
      'job.yaml',
      deployment(`  jobManager:
    resource:
      memory: 2g
  taskManager:
    resource:
      memory: 4g
    podTemplate:
      spec:
        containers:
          - name: flink-main-container
            resources:
              limits:
                memory: 8Gi
`),
      {},
    ).configs;
    expect(config.container.taskmanager).toMatchObject({ bytes: 4n << 30n, source: 'resource.memory' });
    expect(config.podTemplateLimits).toEqual({
      taskmanager: {
        bytes: 8n << 30n,
        text: '8Gi',
        source: 'spec.taskManager.podTemplate flink-main-container resources.limits.memory',
        location: { file: 'job.yaml', line: 20, column: 25 },
      },
    });
    const breakdown = deriveConfig(config);
    expect(breakdown.taskmanager.ok && breakdown.taskmanager.memory.totalProcess).toBe(4n << 30n);
  });

  test('a FlinkSessionJob starts no process; another API group is no Flink config', () => {
    const job = `apiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata: {name: s}\nspec:\n  deploymentName: basic\n`;
    expect(loadFile('s.yaml', job, {}).configs.map((c) => [c.kind, c.processes])).toEqual([
      ['flinksessionjob', []],
    ]);
    expect(
      loadFile('d.yaml', deployment('  flinkVersion: v1_17\n', 'flinkoperator.k8s.io/v1beta1'), {}).configs,
    ).toEqual([]);
  });

  test('--flink-version overrides spec.flinkVersion', () => {
    const [config] = loadFile('job.yaml', deployment('  flinkVersion: v1_17\n'), {
      flinkVersion: '1.19',
    }).configs;
    expect([config.flinkVersion, config.flinkVersionSource]).toEqual(['1.19', '--flink-version 1.19']);
  });
});
