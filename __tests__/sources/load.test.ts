import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { loadLinked as loadFile } from '../helpers/load.js';
import { parseYamlFile } from '../../src/sources/yaml/document.js';

describe('which reader a file gets', () => {
  test('flink-conf.yaml (also as a template) is read line by line, as Flink 1.x does', () => {
    for (const name of ['conf/flink-conf.yaml', 'flink-conf.yaml.tpl']) {
      const [config] = loadFile(
        name,
        'taskmanager:\n  memory.process.size: 2g\ntaskmanager.memory.process.size: "2g"\n',
        {},
      ).configs;
      expect(config.kind).toBe('flink-conf');
      expect(config.entries.map((e) => [e.key, e.value])).toEqual([
        ['memory.process.size', '2g'],
        ['taskmanager.memory.process.size', '"2g"'],
      ]);
    }
  });

  test('a nested config.yaml, under any name, is read as standard YAML', () => {
    const text =
      'taskmanager:\n  numberOfTaskSlots: 2\n  memory:\n    process.size: 2g\nparallelism.default: 2\n';
    for (const name of ['conf/config.yaml', 'deploy/flink-config.yaml']) {
      const [config] = loadFile(name, text, {}).configs;
      expect([config.kind, config.flinkVersionSource]).toEqual([
        'config-yaml',
        'format: config.yaml, newest supported (2.3)',
      ]);
      expect(config.entries.map((e) => [e.key, e.value, e.location.line])).toEqual([
        ['taskmanager.numberOfTaskSlots', 2n, 2],
        ['taskmanager.memory.process.size', '2g', 4],
        ['parallelism.default', 2n, 5],
      ]);
    }
  });

  test("another tool's config with Flink-like sections is not a Flink config", () => {
    const amoroLike = `jobmanager:\n  memory:\n    process:\n      size: 1600m\ncontainers:\n  - name: k8s\n    properties: {image: x}\n`;
    expect(loadFile('config.yaml', amoroLike, {}).configs).toEqual([]);
    const spring = 'server:\n  port: 8080\nspring:\n  taskmanager:\n    memory: 2g\nlogging: {level: INFO}\n';
    expect(loadFile('config.yaml', spring, {}).configs).toEqual([]);
  });

  test('a YAML syntax error is a problem with the parser line; other documents still load', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  flink-conf.yaml: |\n    taskmanager.memory.process.size: 1g\n---\nkey: [unclosed\n';
    const { configs, problems } = loadFile('k8s.yaml', text, {});
    expect(configs.map((c) => c.kind)).toEqual(['configmap']);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'yaml-error',
        location: expect.objectContaining({ line: 8 }) as unknown,
      }),
    ]);
  });
});

describe('YAML safety', () => {
  test('an alias bomb is refused, not expanded', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = i === 0 ? 'a' : `l${i - 1}`;
        return `l${i}: &l${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    const { yaml, problems } = parseYamlFile(bomb, 'bomb.yaml');
    expect(yaml.documents).toEqual([]);
    expect(problems[0].code).toBe('yaml-error');
  });

  test('an alias to an undefined anchor is a problem, not a crash', () => {
    const { problems } = parseYamlFile('a: *nowhere\n', 'x.yaml');
    expect(problems.map((p) => p.code)).toEqual(['yaml-error']);
  });

  test('nesting deeper than the limit is refused', () => {
    const deep = `${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    const { yaml, problems } = parseYamlFile(deep, 'deep.yaml');
    expect(yaml.documents).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['limit']);
  });

  test('Helm template directives and expressions keep the rest readable, lines unchanged', () => {
    const text = `{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-conf\ndata:\n  flink-conf.yaml: |\n    {{- if .Values.big }}\n    taskmanager.memory.process.size: {{ .Values.size }}\n    {{- end }}\n    jobmanager.memory.process.size: 1g\n{{- end }}\n`;
    const { configs, problems } = loadFile('templates/cm.yaml', text, {});
    expect(problems).toEqual([]);
    expect(configs[0].entries.map((e) => [e.key, e.location.line, e.unresolved ?? false])).toEqual([
      ['taskmanager.memory.process.size', 9, true],
      ['jobmanager.memory.process.size', 11, false],
    ]);
  });
});

describe('any text', () => {
  const names = [
    'flink-conf.yaml',
    'conf/config.yaml',
    'charts/x/values.yaml',
    'docker-compose.yml',
    'k8s/job.yaml',
  ];
  const yamlish = fc.array(
    fc.oneof(
      fc.constantFrom(
        'apiVersion: flink.apache.org/v1beta1',
        'kind: FlinkDeployment',
        'kind: ConfigMap',
        'spec:',
        '  flinkConfiguration:',
        '    taskmanager.memory.process.size: 2g',
        'data:',
        '  flink-conf.yaml: |',
        'services:',
        '  tm:',
        '    environment:',
        '      FLINK_PROPERTIES: |',
        '        taskmanager.memory.process.size: 1g',
        '---',
        '  - &a [*a]',
        '{{- if .Values.x }}',
        '  memory: {{ .Values.m }}',
        'taskmanager:',
        '  memory: {process.size: 1728m}',
      ),
      fc.string(),
    ),
    { maxLength: 20 },
  );

  test('never makes a loader throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), yamlish, (name, lines) => {
        const result = loadFile(name, lines.join('\n'), {});
        for (const config of result.configs)
          for (const e of config.entries) expect(e.location.line).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
