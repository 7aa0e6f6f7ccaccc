import { describe, expect, test } from '@jest/globals';
import { deriveConfig } from '../../src/derive/index.js';
import type { FlinkConfig } from '../../src/model/index.js';
import { dockerBytes } from '../../src/sources/formats/docker-compose.js';
import { loadLinked as loadFile } from '../helpers/load.js';

const compose = `x-flink: &flink
  image: flink:1.18.1-scala_2.12
  environment: &env
    FLINK_PROPERTIES: |
      jobmanager.rpc.address: jobmanager
      taskmanager.memory.process.size: 2g

services:
  jobmanager:
    <<: *flink
    command: jobmanager
    environment:
      FLINK_PROPERTIES: "jobmanager.rpc.address: jobmanager\\njobmanager.memory.process.size: 1200m"
  taskmanager:
    <<: *flink
    command: ["taskmanager"]
    mem_limit: 3g
    deploy:
      replicas: 2
  listed:
    image: flink:1.18.1
    command: taskmanager
    environment:
      - "FLINK_PROPERTIES=taskmanager.memory.process.size: 1500m"
    deploy:
      resources:
        limits:
          memory: 2G
  client:
    image: flink:1.18.1
    command: bin/sql-client.sh
    environment:
      FLINK_PROPERTIES: "rest.address: jobmanager"
  kafka:
    image: bitnami/kafka
`;

describe('docker-compose', () => {
  const { configs } = loadFile('docker-compose.yml', compose, {});
  const byName: Record<string, FlinkConfig> = Object.fromEntries(configs.map((c) => [c.name ?? '', c]));

  test('one config per service setting FLINK_PROPERTIES, with the process its command starts', () => {
    expect(configs.map((c) => [c.name, c.kind, c.processes, c.line])).toEqual([
      ['jobmanager', 'docker-compose', ['jobmanager'], 9],
      ['taskmanager', 'docker-compose', ['taskmanager'], 14],
      ['listed', 'docker-compose', ['taskmanager'], 20],
      ['client', 'docker-compose', [], 29],
    ]);
    expect(byName.taskmanager.replicas).toEqual({ taskmanager: 2 });
    expect(byName.jobmanager.flinkVersionSource).toBe('image flink:1.18.1-scala_2.12');
  });

  test('entries point at their line in the block scalar a merge key brings in, or in a quoted string', () => {
    const tm = byName.taskmanager.entries.find((e) => e.key === 'taskmanager.memory.process.size')!;
    expect([tm.value, tm.origin, tm.location.line, tm.location.column]).toEqual(['2g', 'environment', 6, 7]);
    const jm = byName.jobmanager.entries.find((e) => e.key === 'jobmanager.memory.process.size')!;
    expect([jm.value, jm.location.line]).toEqual(['1200m', 13]);
    const listed = byName.listed.entries[0];
    expect([listed.key, listed.value, listed.location.line, listed.location.column]).toEqual([
      'taskmanager.memory.process.size',
      '1500m',
      24,
      27,
    ]);
  });

  test('container limits come from mem_limit or deploy.resources.limits.memory', () => {
    expect(byName.taskmanager.container.taskmanager).toMatchObject({ bytes: 3n << 30n, source: 'mem_limit' });
    expect(byName.listed.container.taskmanager).toMatchObject({
      bytes: 2n << 30n,
      source: 'deploy.resources.limits.memory',
      location: { line: 28 },
    });
  });

  test('FLINK_PROPERTIES extend the image default configuration', () => {
    const jm = deriveConfig(byName.jobmanager);
    expect(jm.jobmanager.ok && jm.jobmanager.memory.totalProcess).toBe(1200n << 20n);
    expect(
      byName.jobmanager.base?.entries.find((e) => e.key === 'jobmanager.memory.process.size')?.overriddenBy,
    ).toEqual(expect.objectContaining({ line: 13 }));
  });

  test('environment variables keep the line they are written on, in map and list form', () => {
    const text = [
      'x-jvm: &jvm',
      '  JAVA_TOOL_OPTIONS: -XX:+UseG1GC',
      'services:',
      '  taskmanager:',
      '    image: flink:1.20',
      '    command: taskmanager',
      '    environment:',
      '      <<: *jvm',
      '      JVM_ARGS: -Xmx2g',
      '      FLINK_PROPERTIES: "taskmanager.memory.process.size: 2g"',
      '  listed:',
      '    image: flink:1.20',
      '    command: taskmanager',
      '    environment:',
      '      - FLINK_ENV_JAVA_OPTS=-Xmx2g -Da=b=c',
      '      - "DISABLE_JEMALLOC=true"',
      '      - FROM_HOST',
      '      - "FLINK_PROPERTIES=taskmanager.memory.process.size: 2g"',
      '',
    ].join('\n');
    const [mapped, listed] = loadFile('docker-compose.yml', text, {}).configs;
    expect([mapped.env, mapped.envLocations]).toEqual([
      { JVM_ARGS: '-Xmx2g', JAVA_TOOL_OPTIONS: '-XX:+UseG1GC' },
      {
        JVM_ARGS: { file: 'docker-compose.yml', line: 9, column: 7 },
        JAVA_TOOL_OPTIONS: { file: 'docker-compose.yml', line: 2, column: 3 },
      },
    ]);
    expect([listed.env, listed.envLocations]).toEqual([
      { FLINK_ENV_JAVA_OPTS: '-Xmx2g -Da=b=c', DISABLE_JEMALLOC: 'true' },
      {
        FLINK_ENV_JAVA_OPTS: { file: 'docker-compose.yml', line: 15, column: 9 },
        DISABLE_JEMALLOC: { file: 'docker-compose.yml', line: 16, column: 9 },
      },
    ]);
  });

  test('Docker byte units are binary', () => {
    expect([
      dockerBytes('512m'),
      dockerBytes('1gb'),
      dockerBytes('1.5g'),
      dockerBytes('100'),
      dockerBytes('2Gi'),
    ]).toEqual([512n << 20n, 1n << 30n, 3n << 29n, 100n, undefined]);
  });
});
