import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { coalesce, goFloat } from '../../src/link/helm-values.js';
import type { FlinkConfig, HelmValue, Report } from '../../src/model/index.js';
import { readHelmTemplate, readValuesTree } from '../../src/sources/index.js';

const tree = path.resolve(import.meta.dirname, '../fixtures/trees/helm-environments');
const session = 'charts/flink-session';
const orders = 'charts/orders-enrichment';

const configsOf = (report: Report, file: string) =>
  report.configs.map((r) => r.config).filter((c) => c.file === file);
const entry = (config: FlinkConfig, key: string) => {
  const found = config.entries.filter((e) => e.key === key && !e.overriddenBy).pop();
  return found && `${String(found.value)} @${found.location.file}:${found.location.line}`;
};
const limit = (config: FlinkConfig, role: string) => {
  const container = config.linkedContainers?.find((c) => c.role === role);
  return (
    container?.limit &&
    `${container.limit.text} @${container.limit.evidence.file}:${container.limit.evidence.line}`
  );
};

describe('a chart of templates and environment values files', () => {
  const report = lint({ cwd: tree, paths: ['.'], concurrency: 1 });
  const configMap = `${session}/templates/flink-configmap.yaml`;

  test('the ConfigMap template is judged with the defaults and once per environment, each named', async () => {
    const configs = configsOf(await report, configMap);
    expect(configs.map((c) => c.contextName)).toEqual([
      undefined,
      'values-prod.yaml over values.yaml',
      'values/staging.yaml over values.yaml',
    ]);
    for (const config of configs)
      expect([config.flinkVersion, config.flinkVersionSource]).toEqual([
        '1.18',
        'image flink:1.18.1-scala_2.12-java11',
      ]);
  });

  test("defaults: each placeholder takes values.yaml's value, located on its line; the containers' memory too", async () => {
    const [defaults] = configsOf(await report, configMap);
    expect(entry(defaults, 'taskmanager.memory.process.size')).toBe(`1728m @${session}/values.yaml:15`);
    expect(entry(defaults, 'jobmanager.memory.process.size')).toBe(`1600m @${session}/values.yaml:7`);
    expect(entry(defaults, 'taskmanager.numberOfTaskSlots')).toBe(`2 @${session}/values.yaml:14`);
    // A literal line of the template stays the template's.
    expect(entry(defaults, 'blob.server.port')).toBe(`6124 @${configMap}:11`);
    expect(defaults.entries.some((e) => e.unresolved)).toBe(false);
    expect(defaults.problems).toEqual([]);
    // `memory: {{ .Values.jobmanager.resources.limits.memory }}` and `{{- toYaml .Values.taskmanager.resources }}`.
    expect(limit(defaults, 'jobmanager')).toBe(`2Gi @${session}/values.yaml:10`);
    expect(limit(defaults, 'taskmanager')).toBe(`2Gi @${session}/values.yaml:18`);
  });

  test('values-prod.yaml: its values where it sets them, the defaults elsewhere; the map under `with` placed whole', async () => {
    const prod = configsOf(await report, configMap)[1];
    expect(entry(prod, 'taskmanager.memory.process.size')).toBe(`4096m @${session}/values-prod.yaml:4`);
    expect(entry(prod, 'taskmanager.numberOfTaskSlots')).toBe(`4 @${session}/values-prod.yaml:3`);
    expect(entry(prod, 'jobmanager.memory.process.size')).toBe(`1600m @${session}/values.yaml:7`);
    expect(entry(prod, 'taskmanager.memory.managed.fraction')).toBe(`0.2 @${session}/values-prod.yaml:7`);
    expect(limit(prod, 'taskmanager')).toBe(`2Gi @${session}/values.yaml:18`);
    const exceeds = (await report).findings.filter(
      (f) => f.ruleId === 'process-exceeds-container' && f.configId === prod.id,
    );
    expect(exceeds.map((f) => `${f.file}:${f.line}`)).toEqual([`${session}/values-prod.yaml:4`]);
    expect(exceeds[0].message).toContain(`${session}/values.yaml:18`);
  });

  test('values/staging.yaml changes only a container limit: the JobManager exceeds it', async () => {
    const staging = configsOf(await report, configMap)[2];
    expect(limit(staging, 'jobmanager')).toBe(`1Gi @${session}/values/staging.yaml:4`);
    const exceeds = (await report).findings.filter(
      (f) => f.ruleId === 'process-exceeds-container' && f.configId === staging.id,
    );
    expect(exceeds.map((f) => [f.file, f.line, f.process])).toEqual([
      [`${session}/values.yaml`, 7, 'jobmanager'],
    ]);
    expect(exceeds[0].message).toContain(`${session}/values/staging.yaml:4`);
  });

  test('a FlinkDeployment template: flinkVersion, flinkConfiguration placed whole, resource.memory from values', async () => {
    const [defaults, prod, ...rest] = configsOf(await report, `${orders}/templates/flinkdeployment.yaml`);
    expect(rest).toEqual([]);
    expect([defaults.flinkVersion, defaults.flinkVersionSource]).toEqual(['1.19', 'spec.flinkVersion v1_19']);
    // The placeholder's problem is gone with the placeholder.
    expect(defaults.problems).toEqual([]);
    expect(entry(defaults, 'state.backend.type')).toBe(`rocksdb @${orders}/values.yaml:8`);
    // `memory: {{ .Values.jobManager.memory | quote }}` is YAML's string, read by the operator.
    expect(entry(defaults, 'jobmanager.memory.process.size')).toBe(`1600 mb @${orders}/values.yaml:11`);
    expect(prod.contextName).toBe('values-prod.yaml over values.yaml');
    expect(entry(prod, 'taskmanager.memory.process.size')).toBe(`4 gb @${orders}/values-prod.yaml:7`);
    expect(entry(prod, 'taskmanager.memory.managed.size')).toBe(`3g @${orders}/values-prod.yaml:3`);
    // `state.backend.type: null` deletes the default's key.
    expect(entry(prod, 'state.backend.type')).toBeUndefined();
    const failed = (await report).findings.filter(
      (f) => f.configId === prod.id && f.ruleId === 'derivation-failed',
    );
    expect(failed.map((f) => `${f.file}:${f.line}`)).toEqual([`${orders}/values-prod.yaml:7`]);
  });

  test('a values block a template places whole is judged in the template, not again alone', async () => {
    const { configs } = await report;
    for (const file of [`${orders}/values.yaml`, `${orders}/values-prod.yaml`, `${session}/values-prod.yaml`])
      expect(configsOf(await report, file)).toEqual([]);
    expect(configs.filter((r) => r.config.file.startsWith(orders)).map((r) => r.config.contextName)).toEqual([
      undefined,
      'values-prod.yaml over values.yaml',
    ]);
  });
});

describe('layering as helm -f does (pkg/chartutil/coalesce.go)', () => {
  const tree = (text: string, file: string) => ({ ...readValuesTree(file, text)!, file });
  const plain = (node: HelmValue): unknown =>
    node.kind === 'map'
      ? Object.fromEntries(node.entries.map(([k, v]) => [k, plain(v)]))
      : node.kind === 'list'
        ? `[${node.text}]`
        : node.text;

  test('maps merge, scalars and lists replace, null deletes, a scalar replaces a map and a map a scalar', () => {
    const base = tree(
      'a:\n  b: 1\n  c: 2\nlist: [1, 2]\ngone: 3\nm:\n  x: 1\ns: text\nkeep: 4\n',
      'values.yaml',
    );
    const over = tree('a:\n  c: 5\n  d: 6\nlist: [9]\ngone: null\nm: flat\ns:\n  y: 2\n', 'values-prod.yaml');
    expect(plain(coalesce(over as never, base as never))).toEqual({
      a: { b: '1', c: '5', d: '6' },
      list: '[9]',
      m: 'flat',
      s: { y: '2' },
      keep: '4',
    });
  });
});

describe('what the template scan follows', () => {
  const scan = (text: string) =>
    (readHelmTemplate('chart/templates/cm.yaml', text)?.placements ?? []).map((p) => ({
      line: p.line,
      path: p.path.join('.'),
      target: p.target.kind === 'map' ? `map under ${p.target.under}` : p.target.kind,
      ...(p.fallback !== undefined ? { fallback: p.fallback } : {}),
      ...(p.quote ? { quote: true } : {}),
    }));

  test('values, defaults, quote, with, toYaml and container memory; include, range and variables are left out', () => {
    const text = [
      'apiVersion: v1', // 1
      'kind: ConfigMap', // 2
      'data:', // 3
      '  flink-conf.yaml: |', // 4
      '    a.b: {{ .Values.x.y }}', // 5
      '    c.d: {{ default "2g" .Values.mem | quote }}', // 6
      '    e.f: {{ include "name" . }}', // 7
      '    {{- range .Values.list }}', // 8
      '    g.h: {{ .Values.z }}', // 9
      '    i.j: {{ $.Values.z }}', // 10
      '    {{- end }}', // 11
      '    {{- with .Values.extra }}', // 12
      '    {{- toYaml . | nindent 4 }}', // 13
      '    {{- end }}', // 14
      '    k.l: {{ $v }}', // 15
      '    {{- with .Values.tm }}', // 16
      '    m.n: {{ .size }}', // 17
      '    {{- end }}', // 18
      '---', // 19
      'kind: Deployment', // 20
      'spec:', // 21
      '  template:', // 22
      '    spec:', // 23
      '      containers:', // 24
      '        - name: tm', // 25
      '          resources:', // 26
      '            limits:', // 27
      '              memory: {{ .Values.tm.limit }}', // 28
      '            requests:', // 29
      '              memory: "{{ .Values.tm.request }}"', // 30
      '          env:', // 31
      '            - name: X', // 32
      '              value: {{ if .Values.a }}1{{ else }}2{{ end }}', // 33
    ].join('\n');
    expect(scan(text)).toEqual([
      { line: 5, path: 'x.y', target: 'value' },
      { line: 6, path: 'mem', target: 'value', fallback: '2g', quote: true },
      { line: 10, path: 'z', target: 'value' },
      { line: 13, path: 'extra', target: 'map under flink-conf.yaml' },
      { line: 17, path: 'tm.size', target: 'value' },
      { line: 28, path: 'tm.limit', target: 'container-memory' },
      { line: 30, path: 'tm.request', target: 'container-memory' },
    ]);
    const placements = readHelmTemplate('chart/templates/cm.yaml', text)!.placements;
    expect(placements.map((p) => p.document)).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  test('only files under templates/ are scanned, and a hostile line costs its length', () => {
    expect(readHelmTemplate('chart/values.yaml', 'a: {{ .Values.x }}\n')).toBeUndefined();
    const hostile = `a: ${'{{ .Values.x '.repeat(20_000)}\n`;
    const started = performance.now();
    expect(readHelmTemplate('c/templates/x.yaml', hostile)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
    const nested = `${'{{ if .Values.a }}\n'.repeat(10_000)}${'a: {{ .Values.x }}\n'.repeat(10_000)}`;
    const again = performance.now();
    readHelmTemplate('c/templates/x.yaml', nested);
    expect(performance.now() - again).toBeLessThan(1000);
  });
});

describe('what Helm writes for a number', () => {
  test.each([
    [2, '2'],
    [100000, '100000'],
    [1000000, '1e+06'],
    [1234567, '1.234567e+06'],
    [2147483648, '2.147483648e+09'],
    [0.5, '0.5'],
    [0.00001, '1e-05'],
  ])('%d as Go prints a float64: %s', (n, text) => expect(goFloat(n)).toBe(text));
});

describe('charts written for these tests', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'fml-helm-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const chart = (name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      const at = path.join(root, name, file);
      mkdirSync(path.dirname(at), { recursive: true });
      writeFileSync(at, text);
    }
    return lint({ cwd: path.join(root, name), paths: ['.'], concurrency: 1 });
  };
  const configMap = (line: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flink-config\ndata:\n  flink-conf.yaml: |\n    ${line}\n`;

  test('a number of bytes is written as Go prints a float64, which Flink cannot read as a size', async () => {
    const report = await chart('bytes', {
      'Chart.yaml': 'apiVersion: v2\nname: flink\nversion: 1.0.0\nappVersion: "1.17.2"\n',
      'values.yaml': 'taskmanager:\n  bytes: 2147483648\n',
      'templates/cm.yaml': configMap('taskmanager.memory.process.size: {{ .Values.taskmanager.bytes }}'),
    });
    const [config] = configsOf(report, 'templates/cm.yaml');
    expect(entry(config, 'taskmanager.memory.process.size')).toBe('2.147483648e+09 @values.yaml:2');
    expect(
      report.findings.filter((f) => f.ruleId === 'memory-size-unparseable').map((f) => `${f.file}:${f.line}`),
    ).toEqual(['values.yaml:2']);
  });

  test("`| quote` in flink-conf.yaml keeps the quotes, which Flink's line reader does not remove", async () => {
    const report = await chart('quoted', {
      'Chart.yaml': 'apiVersion: v2\nname: flink\nversion: 1.0.0\nappVersion: "1.17.2"\n',
      'values.yaml': 'tm: 1728m\n',
      'templates/cm.yaml': configMap('taskmanager.memory.process.size: {{ .Values.tm | quote }}'),
    });
    const [config] = configsOf(report, 'templates/cm.yaml');
    expect(entry(config, 'taskmanager.memory.process.size')).toBe('"1728m" @values.yaml:1');
  });

  test("a define's `if .Values.x` / `else` lines hold as the values say; an `if` the scan cannot read leaves its lines out", async () => {
    const helpers = [
      '{{- define "conf" -}}',
      '    taskmanager.memory.process.size: 1728m',
      '    {{- if .Values.rocksdb.enabled }}',
      '    state.backend.type: rocksdb',
      '    {{- else }}',
      '    state.backend.type: hashmap',
      '    {{- end }}',
      '    {{- if eq .Values.mode "batch" }}',
      '    execution.runtime-mode: BATCH',
      '    {{- end }}',
      '{{- end -}}',
    ].join('\n');
    const report = await chart('guards', {
      'Chart.yaml': 'apiVersion: v2\nname: flink\nversion: 1.0.0\nappVersion: "1.17.2"\n',
      'values.yaml': 'rocksdb:\n  enabled: false\nmode: batch\n',
      'values-prod.yaml': 'rocksdb:\n  enabled: true\n',
      'templates/_helpers.tpl': helpers,
      'templates/cm.yaml': configMap('').replace('    \n', '{{ include "conf" . | indent 4 }}\n'),
    });
    const [defaults, prod] = configsOf(report, 'templates/cm.yaml');
    expect(entry(defaults, 'state.backend.type')).toBe('hashmap @templates/_helpers.tpl:6');
    expect(entry(prod, 'state.backend.type')).toBe('rocksdb @templates/_helpers.tpl:4');
    expect(entry(defaults, 'execution.runtime-mode')).toBeUndefined();
    expect(entry(defaults, 'taskmanager.memory.process.size')).toBe('1728m @templates/_helpers.tpl:2');
  });

  test('a value no values file sets stays a placeholder; an environment that changes nothing adds no context', async () => {
    const report = await chart('unset', {
      'Chart.yaml': 'apiVersion: v2\nname: flink\nversion: 1.0.0\nappVersion: "1.17.2"\n',
      'values.yaml': 'tm: 1728m\n',
      'values-dev.yaml': 'replicas: 1\n',
      'templates/cm.yaml': configMap('taskmanager.memory.process.size: {{ .Values.memory.tm }}'),
    });
    const configs = configsOf(report, 'templates/cm.yaml');
    expect(configs).toHaveLength(1);
    expect(configs[0].entries[0].unresolved).toBe(true);
  });
});

describe('a chart that writes its Flink config once in _helpers.tpl and includes it', () => {
  const report = lint({ cwd: tree, paths: ['charts/streaming-platform'], concurrency: 1 });
  const chart = 'charts/streaming-platform';

  test("the define's lines are the ConfigMap's: literals located in the helpers, values on the values lines", async () => {
    const [defaults, prod, ...rest] = configsOf(await report, `${chart}/templates/configmap.yaml`);
    expect(rest).toEqual([]);
    expect(defaults.flinkVersionSource).toBe('image apache/flink:1.16.3-scala_2.12-java11');
    expect(entry(defaults, 'jobmanager.memory.process.size')).toBe(
      `1600m @${chart}/templates/_helpers.tpl:8`,
    );
    expect(entry(defaults, 'taskmanager.memory.process.size')).toBe(`1728m @${chart}/values.yaml:12`);
    // A guarded line whose value no values file gives is left out.
    expect(entry(defaults, 'taskmanager.memory.flink.size')).toBeUndefined();
    expect(limit(defaults, 'taskmanager')).toBe(`2Gi @${chart}/values.yaml:17`);
    expect(prod.contextName).toBe('values-prod.yaml over values.yaml');
    expect(entry(prod, 'taskmanager.memory.process.size')).toBe(`2560m @${chart}/values-prod.yaml:3`);
    const exceeds = (await report).findings.filter((f) => f.ruleId === 'process-exceeds-container');
    expect(exceeds.map((f) => [f.configId, `${f.file}:${f.line}`])).toEqual([
      [prod.id, `${chart}/values-prod.yaml:3`],
    ]);
  });

  test('the helpers file is read for its defines only: never a config, never a parse error', async () => {
    const { configs, findings, notices } = await report;
    expect(configs.filter((r) => r.config.file.endsWith('.tpl'))).toEqual([]);
    const files = [...findings.map((f) => f.file), ...notices.map((n) => n.location?.file ?? '')];
    expect(files.filter((f) => f.endsWith('.tpl'))).toEqual([]);
  });
});
