import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  deriveJobManager,
  deriveJobManagerPlain,
  deriveTaskManager,
  deriveTaskManagerPlain,
  javaDoubleToString,
  parseFlinkVersion,
} from '../../src/flink/index.js';
import type { ConfigMap, FlinkVersion, JobManagerResult, TaskManagerResult } from '../../src/model/index.js';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/flink/${name}`, import.meta.url)), 'utf8')) as T;

type Result = TaskManagerResult | JobManagerResult;
type Flat = Record<string, unknown>;

/** A result in the fixtures' vocabulary: components, jvmHeap/jvmDirect, jvmParams, cpuCores... */
function flatten(result: Result): Flat {
  if (!result.ok) {
    if ('unsupported' in result) return { notApplicable: true };
    return { fails: true, exception: result.errorType, message: result.error, causes: result.causes ?? [] };
  }
  const flat: Flat = {};
  for (const [k, v] of Object.entries(result.memory)) flat[k] = Number(v);
  if ('frameworkHeap' in result.memory) {
    flat.jvmHeap = Number(result.jvm.heap);
    flat.jvmDirect = Number(result.jvm.directMemory);
  }
  flat.jvmParams = result.jvm.args;
  if (result.dynamicConfigs !== undefined) flat.dynamicConfigs = result.dynamicConfigs;
  if (result.cpuCores !== undefined) flat.cpuCores = javaDoubleToString(result.cpuCores);
  if (result.numSlots !== undefined) flat.numSlots = result.numSlots;
  if (result.externalResources !== undefined && Object.keys(result.externalResources).length > 0) {
    flat.extendedResources = Object.fromEntries(
      Object.entries(result.externalResources).map(([k, v]) => [k, Number(v)]),
    );
  }
  return flat;
}

const simpleName = (exception: string) => exception.slice(exception.lastIndexOf('.') + 1);

interface EdgeCase {
  id: string;
  mode: 'tm' | 'jm' | 'tm-bash' | 'jm-bash' | 'tm-active' | 'jm-active';
  config: Record<string, string>;
  resultsByVersion: { versions: string[]; result: Flat }[];
}

function runMode(
  mode: EdgeCase['mode'],
  config: ConfigMap,
  version: FlinkVersion,
  env?: Record<string, string>,
): Result {
  switch (mode) {
    case 'tm':
      return deriveTaskManagerPlain(config, version);
    case 'jm':
      return version === '1.10'
        ? { ok: false, unsupported: true, reason: '' }
        : deriveJobManagerPlain(config, version);
    case 'tm-bash':
      return deriveTaskManager(config, { flinkVersion: version, env });
    case 'jm-bash':
      return deriveJobManager(config, { flinkVersion: version, env });
    case 'tm-active':
      return deriveTaskManager(config, { flinkVersion: version, deployment: 'kubernetes', env });
    case 'jm-active':
      return deriveJobManager(config, { flinkVersion: version, deployment: 'kubernetes', env });
  }
}

describe('derived-edge-cases.json (every version group)', () => {
  const { cases } = fixture<{ cases: EdgeCase[] }>('derived-edge-cases.json');
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    for (const group of c.resultsByVersion) {
      for (const label of group.versions) {
        const version = parseFlinkVersion(/release-(\d+\.\d+)/.exec(label)?.[1] ?? '') as FlinkVersion;
        const got = flatten(runMode(c.mode, new Map(Object.entries(c.config)), version));
        const want: Flat = { ...group.result };
        if ('notApplicable' in want) want.notApplicable = true;
        if (typeof want.exception === 'string') want.exception = simpleName(want.exception);
        expect({ version, ...got }).toEqual({ version, ...want });
      }
    }
  });
});

interface TestCase {
  name: string;
  version: string;
  side: 'tm' | 'jm';
  config: Record<string, string>;
  env?: Record<string, string>;
  legacyHeapMapping?: boolean;
  expect: Flat & { fails?: boolean; exception?: string; message?: string; messageContains?: string[] };
  computed?: Flat;
}

/** What a Flink test asserts, plus everything Flink computed for a successful case. */
function expected(c: TestCase): Flat {
  if (c.expect.fails) {
    return {
      fails: true,
      exception: c.expect.exception,
      ...(c.expect.message !== undefined && { message: c.expect.message }),
    };
  }
  const want: Flat = { ...c.expect, ...c.computed };
  // A `{key: value}` subset of the -D line in `expect` is covered by the full line in `computed`.
  if (typeof want.dynamicConfigs !== 'string') delete want.dynamicConfigs;
  if (want.extendedResources && Object.keys(want.extendedResources).length === 0)
    delete want.extendedResources;
  return want;
}

const pick = (got: Flat, like: Flat): Flat => Object.fromEntries(Object.keys(like).map((k) => [k, got[k]]));

describe("flink-test-cases.json (Flink's own unit tests)", () => {
  const cases = fixture<TestCase[]>('flink-test-cases.json');
  it.each(cases.map((c, i) => [`${i} ${c.side} ${c.name}`, c] as const))('%s', (_name, c) => {
    const version = c.version === 'release-2.3.0' ? '2.3' : '1.20';
    const config = new Map(Object.entries(c.config));
    const mode = c.legacyHeapMapping ? (c.side === 'tm' ? 'tm-active' : 'jm-active') : c.side;
    const got = flatten(runMode(mode, config, version, c.env));
    expect(pick(got, expected(c))).toEqual(expected(c));
  });
});

interface SizeCase {
  op: string;
  input: string | null;
  result: Flat;
}

describe('memorysize-cases.json', () => {
  const { cases } = fixture<{ cases: SizeCase[] }>('memorysize-cases.json');
  it('has every operation', () => {
    expect(new Set(cases.map((c) => c.op))).toEqual(
      new Set(['parse', 'bytes', 'multiply', 'parseMB', 'invmultiply']),
    );
  });
});
