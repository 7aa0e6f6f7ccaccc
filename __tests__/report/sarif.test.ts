import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { evaluate } from '../../src/policy/evaluate.js';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { EMPTY_SETTINGS } from '../../src/policy/settings.js';
import { toSarif } from '../../src/report/sarif.js';

const schemaFile = path.resolve(import.meta.dirname, '../fixtures/sarif/sarif-2.1.0-rtm.5.json');

/** The vendored schema is draft-04; its keywords are the draft-07 ones but for `id`. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  // Its `language` pattern has a stray `]`, valid only without the regexp `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: unknown }>;
  suppressions?: unknown[];
}

const { pack } = loadPolicies([builtinPolicyDir()]);
const policies = pack.policies.map((p) => p.policy);

function reportFor(config: Record<string, string>, text?: string) {
  const run = runExample({ config, container: { taskmanager: '2Gi' } });
  if (text) run.sources.set('example.yaml', text);
  const { findings, suppressed } = evaluate(run.results, pack, EMPTY_SETTINGS, { sources: run.sources });
  return { findings, suppressed };
}

describe('SARIF', () => {
  const validate = sarifValidator();
  const { findings, suppressed } = reportFor(
    {
      'taskmanager.memory.process.size': '4g',
      'taskmanager.memory.jvm-metaspace.size': '64m',
      'jobmanager.memory.process.size': '1600m',
    },
    'taskmanager.memory.process.size: 4g # flink-memory-lint-disable-next-line metaspace-low -- small UDFs only\ntaskmanager.memory.jvm-metaspace.size: 64m\njobmanager.memory.process.size: 1600m\n',
  );
  const sarif = toSarif(findings, {
    tool: { name: 'flink-memory-lint', version: '0.1.0' },
    policies,
    suppressed,
  }) as {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string }> } };
      results: SarifResult[];
      automationDetails: { id: string };
    }>;
  };

  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has one run with every rule and stable fingerprints', () => {
    expect(findings.map((f) => f.ruleId)).toContain('process-exceeds-container');
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(policies.map((p) => p.id)));
    expect(run.automationDetails.id).toBe('flink-memory-lint/');
    const again = toSarif(findings, {
      tool: { name: 'flink-memory-lint', version: '0.1.0' },
      policies,
      suppressed,
    }) as typeof sarif;
    expect(again.runs[0].results.map((r) => r.partialFingerprints)).toEqual(
      run.results.map((r) => r.partialFingerprints),
    );
    const result = run.results.find((r) => r.ruleId === 'process-exceeds-container')!;
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('process-exceeds-container');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'example.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1 },
    });
  });

  it('lists suppressed findings as dismissed in source', () => {
    const dismissed = sarif.runs[0].results.find((r) => r.ruleId === 'metaspace-low')!;
    expect(dismissed.suppressions).toEqual([{ kind: 'inSource', justification: 'small UDFs only' }]);
  });

  it('reports notices as tool notifications and escapes each path segment', () => {
    const finding = { ...findings[0], file: 'conf #1/what?/flink-conf.yaml' };
    const withNotices = toSarif([finding], {
      tool: { name: 'flink-memory-lint', version: '0.1.0' },
      policies,
      notices: [
        {
          code: 'file-too-large',
          message: 'Larger than 1 MiB; not read',
          location: { file: 'big #2.yaml', line: 1, column: 1 },
        },
        { code: 'path-not-found', message: 'nope: no such file or folder' },
      ],
    }) as {
      runs: Array<{
        results: SarifResult[];
        invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
      }>;
    };
    expect(validate(withNotices)).toBe(true);
    const run = withNotices.runs[0];
    expect(run.results[0].locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'conf%20%231/what%3F/flink-conf.yaml' },
    });
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: { text: 'Larger than 1 MiB; not read' },
            descriptor: { id: 'file-too-large' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'big%20%232.yaml', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 1, startColumn: 1 },
                },
              },
            ],
          },
          {
            level: 'warning',
            message: { text: 'nope: no such file or folder' },
            descriptor: { id: 'path-not-found' },
          },
        ],
      },
    ]);
  });
});
