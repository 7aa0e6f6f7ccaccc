import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derive } from '../../src/flink/index.js';
import { FLINK_VERSIONS, type Breakdown, type FlinkVersion } from '../../src/model/index.js';
import { readConfigYaml, YAML_LOAD_ERROR } from '../../src/sources/formats/config-yaml.js';
import { readFlinkConf } from '../../src/sources/formats/flink-conf.js';
import { toConfigMap } from '../../src/derive/flink-view.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/vectors/${name}`, import.meta.url));

interface Vector {
  flinkVersion: FlinkVersion;
  config?: Record<string, string>;
  file?: string;
  text?: string;
  expect: { taskmanager: Record<string, unknown>; jobmanager: Record<string, unknown> };
}

function load(name: string): Vector[] {
  return readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Vector);
}

/** What a vector records of a result: bytes as numbers, only the fields Flink's run produced. */
function comparable(result: Breakdown['taskmanager'] | Breakdown['jobmanager']): Record<string, unknown> {
  if (!result.ok) {
    if ('unsupported' in result) return { ok: false, unsupported: true };
    return { ok: false, error: result.error, errorType: result.errorType };
  }
  const num = (o: object) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
  const { args, ...jvm } = result.jvm;
  return { ok: true, memory: num(result.memory), jvm: { ...num(jvm), args } };
}

function normalise(expected: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(expected)) as Record<string, unknown>;
}

function deriveFile(v: Vector): Breakdown {
  const read = v.file === 'config.yaml' ? readConfigYaml : readFlinkConf;
  const { entries, problems } = read(v.text ?? '', v.file ?? '');
  if (problems.some((p) => p.code === 'yaml-error' || p.code === 'null-value')) {
    const failed = { ok: false as const, error: YAML_LOAD_ERROR, errorType: 'RuntimeException' };
    return { flinkVersion: v.flinkVersion, taskmanager: failed, jobmanager: failed };
  }
  return derive(toConfigMap(entries), { flinkVersion: v.flinkVersion });
}

function mismatches(vectors: Vector[], run: (v: Vector) => Breakdown): string[] {
  const failures: string[] = [];
  vectors.forEach((v, index) => {
    const actual = run(v);
    for (const process of ['taskmanager', 'jobmanager'] as const) {
      const got = comparable(actual[process]);
      const want = normalise(v.expect[process]);
      try {
        expect(got).toEqual(want);
      } catch {
        failures.push(
          `case ${index} (${v.flinkVersion} ${process}): ${JSON.stringify(v.config ?? v.text)}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`,
        );
      }
    }
  });
  return failures;
}

describe('Flink vectors', () => {
  it.each(FLINK_VERSIONS.map((v) => [v]))('random-standalone.jsonl, Flink %s', (version) => {
    const vectors = load('random-standalone.jsonl').filter((v) => v.flinkVersion === version);
    expect(vectors.length).toBeGreaterThan(0);
    const failures = mismatches(vectors, (v) =>
      derive(new Map(Object.entries(v.config ?? {})), { flinkVersion: v.flinkVersion }),
    );
    expect(failures.slice(0, 5).join('\n')).toBe('');
  });

  it('random-files.jsonl: both readers, then the derivation', () => {
    const failures = mismatches(load('random-files.jsonl'), deriveFile);
    expect(failures.slice(0, 5).join('\n')).toBe('');
  });
});
