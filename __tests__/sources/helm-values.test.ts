import { describe, expect, test } from '@jest/globals';
import { isValuesFileName } from '../../src/sources/formats/helm-values.js';
import { loadLinked as loadFile } from '../helpers/load.js';

const values = `image:
  repository: flink
  tag: 1.15.0-scala_2.12-java11

jobmanager:
  resources:
    limits:
      memory: 1600Mi
  env:
    - name: FLINK_PROPERTIES
      value: |
        jobmanager.memory.process.size: 1200m

taskmanager:
  resources:
    limits:
      memory: 4Gi
  flinkConfiguration:
    taskmanager.memory.process.size: 3g
    taskmanager.memory.managed.fraction: 0.2

operator:
  defaults: |
    spec:
      flinkConfiguration:
        taskmanager.memory.network.fraction: 0.15
        taskmanager.memory.process.size: 2g

optimizer:
  properties: {
    "flink-conf.taskmanager.memory.managed.size": "32mb",
    "flink-conf.taskmanager.memory.process.size": "1g"
  }
logging:
  log4j: |
    rootLogger.level = INFO
`;

describe('Helm values', () => {
  const { configs } = loadFile('charts/flink/values.yaml', values, {});

  test('every Flink configuration in the values is found with its real lines', () => {
    expect(configs.map((c) => [c.name, c.line, c.processes, c.deployment])).toEqual([
      ['jobmanager.env.FLINK_PROPERTIES', 10, ['jobmanager'], 'standalone'],
      ['taskmanager.flinkConfiguration', 18, ['taskmanager'], 'kubernetes'],
      ['operator.defaults.spec.flinkConfiguration', 25, ['jobmanager', 'taskmanager'], 'kubernetes'],
      ['optimizer.properties', 31, ['jobmanager', 'taskmanager'], 'standalone'],
    ]);
    expect(
      configs.map((c) =>
        c.entries.map((e) => `${e.key}=${String(e.value)}@${e.location.line}:${e.location.column}`),
      ),
    ).toEqual([
      ['jobmanager.memory.process.size=1200m@12:9'],
      ['taskmanager.memory.process.size=3g@19:5', 'taskmanager.memory.managed.fraction=0.2@20:5'],
      ['taskmanager.memory.network.fraction=0.15@26:9', 'taskmanager.memory.process.size=2g@27:9'],
      ['taskmanager.memory.managed.size=32mb@31:5', 'taskmanager.memory.process.size=1g@32:5'],
    ]);
  });

  test('container limits and the image come from the values', () => {
    expect(configs[0].container.jobmanager).toMatchObject({
      bytes: 1600n << 20n,
      source: 'jobmanager.resources.limits.memory',
    });
    expect(configs[1].container.taskmanager).toMatchObject({ bytes: 4n << 30n });
    expect(configs[0].flinkVersionSource).toBe('image flink:1.15.0-scala_2.12-java11');
  });

  test('a memory request beside the limit is kept with it; a request alone is no limit', () => {
    const text = [
      'taskmanager:',
      '  resources:',
      '    requests: {memory: 3Gi, cpu: 1}',
      '    limits:',
      '      memory: 4Gi',
      '  flinkConfiguration:',
      '    taskmanager.memory.process.size: 3g',
      'jobmanager:',
      '  resources:',
      '    requests:',
      '      memory: 1Gi',
      '  flinkConfiguration:',
      '    jobmanager.memory.process.size: 1g',
      '',
    ].join('\n');
    const [tm, jm] = loadFile('values.yaml', text, {}).configs;
    expect(tm.container).toEqual({
      taskmanager: {
        bytes: 4n << 30n,
        text: '4Gi',
        source: 'taskmanager.resources.limits.memory',
        location: { file: 'values.yaml', line: 5, column: 15 },
        requestBytes: 3n << 30n,
      },
    });
    expect(jm.container).toEqual({});
    expect(configs[0].container.jobmanager?.requestBytes).toBeUndefined();
  });

  test('values files are recognised by name', () => {
    expect(
      [
        'values.yaml',
        'c/values-prod.yml',
        'prod-values.yaml',
        'values.schema.json',
        'my-values-file.txt',
      ].map(isValuesFileName),
    ).toEqual([true, true, true, false, false]);
  });
});
