import { describe, expect, it } from '@jest/globals';
import { upgradeConfig, type UpgradeInput } from '../../src/engine/index.js';
import { expectRewritten, load } from '../helpers/upgrade-check.js';

// `upgrade` rewrites every format lint reads. Each rewritten file is loaded and linked again as
// lint does: every config must hold its own entries less the keys removed plus the ones set, the
// target must accept it, and the file's comments and other lines stay.

/** Upgrades, reloads the rewritten file and checks each config against the edits. */
function check(input: UpgradeInput, rewrittenPath = input.file.path) {
  const result = upgradeConfig(input);
  expect(result.unwritten).toBeUndefined();
  const text = result.rewritten!.text;
  const again = load(rewrittenPath, text, input.to);
  expectRewritten(result.configs, again);
  return { result, text, again };
}

describe('upgrade rewrites each format in its own style', () => {
  it('a nested config.yaml: the successor where its key was, comments kept', () => {
    const text = [
      '# cluster',
      'taskmanager:',
      '  memory:',
      '    process.size: 4g   # the pod is 4Gi',
      '  numberOfTaskSlots: 4',
      'state:',
      '  backend: rocksdb',
      'jobmanager.memory.process.size: 1600m',
      '',
    ].join('\n');
    const { text: out } = check({ file: { path: 'conf/config.yaml', text }, from: '1.19', to: '2.0' });
    expect(out).toBe(text.replace('  backend: rocksdb', '  backend.type: rocksdb'));
  });

  it('a nested config.yaml whose renamed key was the only one of its mappings: they go, the successor stays nested', () => {
    const text = [
      'taskmanager:',
      '  numberOfTaskSlots: 2',
      '  network:',
      '    memory:',
      '      # capped for the old cluster',
      '      max: 512m',
      '  memory:',
      '    process.size: 4g',
      'jobmanager.memory.process.size: 1600m',
      '',
    ].join('\n');
    const { text: out } = check({ file: { path: 'config.yaml', text }, from: '1.19', to: '1.20' });
    expect(out).toBe(
      [
        'taskmanager:',
        '  numberOfTaskSlots: 2',
        '      # capped for the old cluster',
        '  memory.network.max: 512m',
        '  memory:',
        '    process.size: 4g',
        'jobmanager.memory.process.size: 1600m',
        '',
      ].join('\n'),
    );
  });

  it('a flat config.yaml, with a legacy key whose -1 meant "not set": removed, nothing added', () => {
    const text = [
      'taskmanager.memory.process.size: 4g',
      'taskmanager.memory.size: -1 # from an old file',
      'state.backend: hashmap',
      '',
    ].join('\n');
    const { result, text: out } = check({ file: { path: 'config.yaml', text }, from: '1.19', to: '2.0' });
    expect(result.configs[0].remove).toEqual(expect.arrayContaining(['taskmanager.memory.size']));
    expect(out).toBe(['taskmanager.memory.process.size: 4g', 'state.backend.type: hashmap', ''].join('\n'));
  });

  it('FlinkDeployments, each by name: flinkConfiguration, spec.flinkVersion, the image tag, resource.memory solved', () => {
    const text = [
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata:',
      '  name: orders',
      'spec:',
      '  image: "flink:1.16.3-scala_2.12-java11"',
      '  flinkVersion: v1_16',
      '  flinkConfiguration:',
      '    # four slots a pod',
      '    taskmanager.numberOfTaskSlots: "4"',
      '    state.backend: rocksdb',
      '    taskmanager.memory.size: "4g"',
      '  jobManager:',
      '    resource:',
      '      memory: "2048m"',
      '      cpu: 1',
      '  taskManager:',
      '    resource:',
      '      memory: 16Gi',
      '      cpu: 2',
      '---',
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata:',
      '  name: payments',
      'spec:',
      '  image: flink:1.16@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      '  flinkVersion: v1_16',
      '  flinkConfiguration:',
      '    state.backend: hashmap',
      '  jobManager:',
      '    resource:',
      '      memory: "2048m"',
      '  taskManager:',
      '    resource:',
      '      memory: 2Gi',
      '',
    ].join('\n');
    const { result, text: out } = check({
      file: { path: 'k8s/flink.yaml', text },
      to: '2.0',
      keepSizes: true,
    });
    expect(result.configs.map((c) => c.config.name)).toEqual(['orders', 'payments']);
    // Linked again without an override, the file now says 2.0 itself.
    expect(load('k8s/flink.yaml', out).map((c) => c.flinkVersion)).toEqual(['2.0', '2.0']);
    const lines = out.split('\n');
    expect(lines.slice(5, 12)).toEqual([
      '  image: "flink:2.0.0-scala_2.12-java11"',
      '  flinkVersion: v2_0',
      '  flinkConfiguration:',
      '    # four slots a pod',
      '    taskmanager.numberOfTaskSlots: "4"',
      '    state.backend.type: rocksdb',
      '    taskmanager.memory.managed.size: "4g"',
    ]);
    // The 1.17 network cap moved: the same heap and managed memory need a larger pod, in its units.
    expect(lines[18]).toMatch(/^ {6}memory: \d+Mi$/);
    expect(result.fileEdits).toContain(
      `orders: spec.taskManager.resource.memory 16Gi → ${lines[18].trim().slice(8)}`,
    );
    // A digest pins one build: the reference stays, the version field moves.
    expect(lines[26]).toBe(text.split('\n')[26]);
    expect(lines[27]).toBe('  flinkVersion: v2_0');
  });

  it('--select keeps one config of several; the others stay as written', () => {
    const text = [
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata: {name: a}',
      'spec:',
      '  flinkVersion: v1_18',
      '  flinkConfiguration:',
      '    state.backend: rocksdb',
      '---',
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata: {name: b}',
      'spec:',
      '  flinkVersion: v1_18',
      '  flinkConfiguration:',
      '    state.backend: rocksdb',
      '',
    ].join('\n');
    const result = upgradeConfig({
      file: { path: 'd.yaml', text },
      to: '2.0',
      pick: (configs) => configs.filter((c) => c.name === 'b'),
    });
    expect(result.configs.map((c) => c.config.name)).toEqual(['b']);
    const lines = result.rewritten!.text.split('\n');
    expect(lines.slice(0, 8)).toEqual(text.split('\n').slice(0, 8));
    expect(lines.slice(12, 15)).toEqual([
      '  flinkVersion: v2_0',
      '  flinkConfiguration:',
      '    state.backend.type: rocksdb',
    ]);
  });

  it("a ConfigMap's flink-conf.yaml becomes its config.yaml for 2.0, migrated as Flink does; other keys stay", () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: flink-config',
      'data:',
      '  flink-conf.yaml: |',
      '    taskmanager.memory.process.size: 4g',
      '    state.backend: rocksdb',
      '    taskmanager.numberOfTaskSlots: 2',
      '    jobmanager.memory.process.size: 1600m',
      '',
      '  log4j-console.properties: |',
      '    rootLogger.level = INFO',
      '',
    ].join('\n');
    const {
      result,
      text: out,
      again,
    } = check({ file: { path: 'k8s/cm.yaml', text }, from: '1.18', to: '2.0' });
    expect(again.map((c) => c.name)).toEqual(['flink-config/config.yaml']);
    expect(result.fileEdits[0]).toMatch(/data key flink-conf\.yaml moved to config\.yaml/);
    expect(out).toContain('  config.yaml: |\n    ');
    expect(out).toContain('    state:\n      backend:\n        type: rocksdb\n');
    expect(out.endsWith('\n  log4j-console.properties: |\n    rootLogger.level = INFO\n')).toBe(true);
  });

  it("a ConfigMap's flink-conf.yaml stays one for 1.x, its lines edited", () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: flink-config',
      'data:',
      '  flink-conf.yaml: |+',
      '    # network',
      '    taskmanager.network.memory.max: 256m',
      '    taskmanager.memory.process.size: 4g',
      '',
    ].join('\n');
    const { text: out } = check({ file: { path: 'cm.yaml', text }, from: '1.15', to: '1.20' });
    expect(out).toBe(text.replace('taskmanager.network.memory.max', 'taskmanager.memory.network.max'));
  });

  it('docker compose: FLINK_PROPERTIES in map and list form, each service, and its image tag', () => {
    const text = [
      'services:',
      '  jobmanager:',
      '    image: flink:1.17.2-scala_2.12-java11',
      '    command: jobmanager',
      '    environment:',
      '      - |',
      '        FLINK_PROPERTIES=',
      '        jobmanager.rpc.address: jobmanager',
      '        state.backend: rocksdb',
      '  taskmanager:',
      '    image: flink:1.17.2-scala_2.12-java11 # pinned',
      '    command: taskmanager',
      '    environment:',
      '      FLINK_PROPERTIES: |',
      '        jobmanager.rpc.address: jobmanager',
      '        taskmanager.numberOfTaskSlots: 2',
      '        state.backend: rocksdb',
      '        taskmanager.memory.process.size: 2g',
      '',
    ].join('\n');
    const { result, text: out } = check({ file: { path: 'docker-compose.yml', text }, to: '2.0' });
    expect(result.configs.map((c) => c.config.name)).toEqual(['jobmanager', 'taskmanager']);
    expect(load('docker-compose.yml', out).map((c) => c.flinkVersion)).toEqual(['2.0', '2.0']);
    expect(out).toBe(
      text
        .replace(/flink:1\.17\.2-/g, 'flink:2.0.0-')
        .replace(/state\.backend: rocksdb/g, 'state.backend.type: rocksdb'),
    );
  });

  it("a workload's FLINK_PROPERTIES and its container's image", () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: flink-taskmanager',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: taskmanager',
      "          image: 'flink:1.18.1-java11' # pinned",
      '          args: ["taskmanager"]',
      '          env:',
      '            - name: FLINK_PROPERTIES',
      '              value: |',
      '                taskmanager.numberOfTaskSlots: 2',
      '                state.backend: rocksdb',
      '          resources:',
      '            limits:',
      '              memory: 4Gi',
      '',
    ].join('\n');
    const { result, text: out } = check({ file: { path: 'k8s/tm.yaml', text }, to: '2.0' });
    expect(result.fileEdits).toEqual([
      'flink-taskmanager/taskmanager: image flink:1.18.1-java11 → flink:2.0.0-java11',
    ]);
    expect(out).toBe(
      text
        .replace("'flink:1.18.1-java11'", "'flink:2.0.0-java11'")
        .replace('state.backend:', 'state.backend.type:'),
    );
  });

  it("Helm values: the chart's flinkConfiguration map edited in place", () => {
    const text = [
      'flink:',
      '  flinkVersion: v1_17',
      '  flinkConfiguration:',
      '    taskmanager.memory.process.size: 4g  # pod size',
      '    taskmanager.network.memory.fraction: "0.2"',
      '    jobmanager.memory.process.size: 1600m',
      '',
    ].join('\n');
    const { text: out } = check({ file: { path: 'chart/values.yaml', text }, from: '1.17', to: '1.20' });
    expect(out).toBe(
      text.replace('taskmanager.network.memory.fraction', 'taskmanager.memory.network.fraction'),
    );
  });

  it('a flink-conf.yaml kept for 1.x: the successor on the line of the key it replaces', () => {
    const text = [
      '# sizes',
      'taskmanager.memory.process.size: 4g',
      'state.backend: rocksdb',
      'a.b: c',
      '',
    ].join('\n');
    const { text: out } = check({ file: { path: 'flink-conf.yaml', text }, from: '1.17', to: '1.20' });
    expect(out).toBe(text.replace('state.backend:', 'state.backend.type:'));
  });

  it('says why where a line cannot be edited as text, and writes no half-edited file', () => {
    const text = [
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata: {name: flow}',
      'spec:',
      '  flinkVersion: v1_18',
      '  flinkConfiguration: {state.backend: rocksdb, taskmanager.numberOfTaskSlots: "2"}',
      '',
    ].join('\n');
    const result = upgradeConfig({ file: { path: 'f.yaml', text }, to: '2.0' });
    expect(result.rewritten).toBeUndefined();
    expect(result.unwritten?.[0]).toMatch(/^flow: /);
    expect(result.configs[0].set).toEqual({ 'state.backend.type': 'rocksdb' });
  });
});
