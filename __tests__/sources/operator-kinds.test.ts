import { describe, expect, test } from '@jest/globals';
import { deriveConfig } from '../../src/derive/index.js';
import { heapSizeMb, processSizeMb, usesProcessModel } from '../../src/sources/formats/flink-cluster.js';
import { vvpMemoryBytes } from '../../src/sources/formats/vvp-deployment.js';
import { loadLinked as loadFile } from '../helpers/load.js';

const value = (config: { entries: { key: string; value: unknown; origin: string }[] }, key: string) =>
  config.entries.filter((e) => e.key === key).map((e) => [e.value, e.origin]);

describe("Confluent's FlinkApplication", () => {
  const application = (memory: string) => `apiVersion: cmf.confluent.io/v1
kind: FlinkApplication
metadata:
  name: app-1
spec:
  image: confluentinc/cp-flink:1.19.3-cp1
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "1"
  jobManager:
    resource:
      memory: 1024m
      cpu: 1
  taskManager:
    resource:
      memory: ${memory}
      cpu: 1
`;

  test('is read as the FlinkDeployment spec: resource.memory becomes the process size, the image the version', () => {
    const [config] = loadFile('cmf/app.yaml', application('2048m')).configs;
    expect([config.kind, config.name, config.deployment]).toEqual(['flinkdeployment', 'app-1', 'kubernetes']);
    expect(value(config, 'taskmanager.memory.process.size')).toEqual([['2 gb', 'operator']]);
    expect([config.flinkVersion, config.flinkVersionSource]).toEqual([
      '1.19',
      'image confluentinc/cp-flink:1.19.3-cp1',
    ]);
  });

  test('a size the operator cannot parse is refused with its message, on its line', () => {
    const [config] = loadFile('cmf/app.yaml', application('"1024ßm"')).configs;
    expect(config.problems.map((p) => [p.code, p.location.line, p.message])).toContainEqual([
      'operator-rejected',
      15,
      "TaskManager resource memory parse error: '1024ßm' is not a valid quantity",
    ]);
  });

  test('the same kind under another API group is not read', () => {
    expect(
      loadFile('x.yaml', application('2048m').replace('cmf.confluent.io', 'example.com')).configs,
    ).toEqual([]);
  });
});

describe("the spotify/GCP operator's FlinkCluster", () => {
  test('computes the process size as the operator does: ceil(limit × ratio / 100) bytes, then ceil to MiB', () => {
    // Checked against Go's float64 arithmetic of calProcessMemorySize / calHeapSize.
    expect(processSizeMb(2n << 30n, 80n)).toBe(1639n);
    expect(processSizeMb(4n << 30n, 80n)).toBe(3277n);
    expect(processSizeMb(3_000_000_000n, 75n)).toBe(2146n);
    expect(processSizeMb(1n, 80n)).toBe(1n);
    expect(heapSizeMb(2n << 30n, 600_000_000n, 25n)).toBe(1476n);
    expect(heapSizeMb(8n << 30n, 600_000_000n, 25n)).toBe(6144n);
    expect(heapSizeMb(500_000_000n, 600_000_000n, 25n)).toBe(0n);
  });

  test('takes the 1.10 memory model only for a flinkVersion go-version reads as 1.10 or later', () => {
    expect(['1.10', '1.14.6', 'v1.17', '2.0', '1.10.1'].map(usesProcessModel)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['1.9.3', '1.10.0-rc1', 'latest', undefined, ''].map(usesProcessModel)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  const cluster = `apiVersion: flinkoperator.k8s.io/v1beta1
kind: FlinkCluster
metadata:
  name: session
spec:
  flinkVersion: "1.14"
  image:
    name: flink:1.14.6
  jobManager:
    resources:
      limits:
        memory: "2Gi"
  taskManager:
    memoryProcessRatio: 75
    resources:
      requests:
        memory: 2G
      limits:
        memory: "3G"
  flinkProperties:
    taskmanager.numberOfTaskSlots: "2"
    jobmanager.rpc.address: elsewhere
`;

  test('writes the sizes it computes, then flinkProperties, except the addresses it owns', () => {
    const [config] = loadFile('k8s/cluster.yaml', cluster).configs;
    expect(config.kind).toBe('flinkcluster');
    expect(value(config, 'jobmanager.memory.process.size')).toEqual([['1639m', 'operator']]);
    expect(value(config, 'taskmanager.memory.process.size')).toEqual([['2146m', 'operator']]);
    expect(value(config, 'jobmanager.rpc.address')).toEqual([]);
    expect(config.container.taskmanager).toMatchObject({
      bytes: 3_000_000_000n,
      requestBytes: 2_000_000_000n,
      source: 'spec.taskManager.resources.limits.memory × memoryProcessRatio 75%',
      location: { line: 19 },
    });
    expect(config.replicas).toEqual({ jobmanager: 1, taskmanager: 3 });
    expect(config.flinkVersion).toBe('1.14');
    const breakdown = deriveConfig(config);
    expect(breakdown.taskmanager?.ok && breakdown.taskmanager.memory.totalProcess).toBe(2146n << 20n);
  });

  test('a process spec without resources gets the default 2Gi limit; no flinkVersion takes the heap model', () => {
    const text = cluster
      .replace('  flinkVersion: "1.14"\n', '')
      .replace(/ {2}jobManager:\n(?: {4}.*\n)+/, '  jobManager: {}\n');
    const [config] = loadFile('k8s/cluster.yaml', text).configs;
    expect(value(config, 'jobmanager.heap.size')).toEqual([['1476m', 'operator']]);
    expect(value(config, 'jobmanager.memory.process.size')).toEqual([]);
    expect(config.container.jobmanager).toMatchObject({
      text: '2Gi',
      source: 'spec.jobManager.resources.limits.memory (the operator default)',
      requestBytes: 512n << 20n,
    });
  });
});

test('a FlinkCluster sized for Flink before 1.10 (no flinkVersion, an old image or none) is not judged, and says so', () => {
  const text = `apiVersion: flinkoperator.k8s.io/v1beta1
kind: FlinkCluster
metadata:
  name: old
spec:
  image:
    name: flink:1.8.2
  taskManager:
    resources:
      limits:
        memory: 1Gi
`;
  const [config] = loadFile('k8s/old.yaml', text).configs;
  expect(config.processes).toEqual([]);
  expect(config.entries).toEqual([]);
  expect(config.problems.map((p) => [p.code, p.message])).toEqual([
    [
      'not-judged',
      "The operator sizes this cluster for Flink's memory model before 1.10 (no spec.flinkVersion, image flink:1.8.2): its processes are not judged",
    ],
  ]);
});

describe('a Ververica Platform Deployment', () => {
  test('reads memory as VVP does: powers of ten, case ignored, no unit meaning bytes', () => {
    expect(['1G', '2.5g', '1500m', '650M', '1k', '1048576', '.5g'].map(vvpMemoryBytes)).toEqual([
      1_000_000_000n,
      2_500_000_000n,
      1_500_000_000n,
      650_000_000n,
      1000n,
      1_048_576n,
      500_000_000n,
    ]);
    expect(['2Gi', '1 g', 'lots', '-1g'].map(vvpMemoryBytes)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  const deployment = `kind: Deployment
apiVersion: v1
metadata:
  name: top-speed
spec:
  template:
    spec:
      artifact:
        kind: JAR
        flinkVersion: "1.18"
        flinkImageTag: 1.18.1-stream1-scala_2.12-java11
      resources:
        taskmanager:
          memory: 3g
      flinkConfiguration:
        taskmanager.numberOfTaskSlots: "2"
`;

  test('forwards resources memory to the process sizes and containers, defaults where absent', () => {
    const [config] = loadFile('vvp/top-speed.yaml', deployment).configs;
    expect([config.kind, config.name, config.flinkVersion]).toEqual(['vvp-deployment', 'top-speed', '1.18']);
    expect(value(config, 'taskmanager.memory.process.size')).toEqual([['3000000000b', 'operator']]);
    expect(value(config, 'jobmanager.memory.process.size')).toEqual([['1000000000b', 'operator']]);
    expect(config.container.taskmanager).toMatchObject({ bytes: 3_000_000_000n, location: { line: 14 } });
    expect(config.container.jobmanager?.source).toBe(
      'spec.template.spec.resources.jobmanager.memory (the platform default)',
    );
    expect(config.image).toBe('flink:1.18.1-stream1-scala_2.12-java11');
  });

  test('an apps/v1 Deployment is a workload, not a VVP Deployment; a size VVP cannot read is refused', () => {
    expect(
      loadFile('k8s/d.yaml', deployment.replace('apiVersion: v1', 'apiVersion: apps/v1')).configs,
    ).toEqual([]);
    const [config] = loadFile('vvp/d.yaml', deployment.replace('memory: 3g', 'memory: 3Gi')).configs;
    expect(config.problems.map((p) => [p.code, p.location.line])).toEqual([['operator-rejected', 14]]);
  });

  test("in session mode the resources are the SessionCluster's: no process is judged here", () => {
    const text = deployment.replace('spec:\n  template:', 'spec:\n  mode: SESSION\n  template:');
    const [config] = loadFile('vvp/d.yaml', text).configs;
    expect([config.processes, config.clusterMode, config.container]).toEqual([[], 'session', {}]);
  });
});
