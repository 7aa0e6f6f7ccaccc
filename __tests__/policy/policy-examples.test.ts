import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PolicyExample, Settings } from '../../src/model/policy.js';
import { EMPTY_SETTINGS } from '../../src/policy/settings.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { builtinPolicyDir, loadPolicies, type CompiledPolicy } from '../../src/policy/load-policies.js';

// Every example of every built-in policy, as ESLint's RuleTester does: an invalid example must
// produce the policy's id, a valid one must not. Loaded untrusted: runs skip these checks for the
// built-in pack, so this is where it is held to the policy schema and the JSON Schema meta-schema.
const { pack, problems } = loadPolicies([builtinPolicyDir()]);

function ruleIds(compiled: CompiledPolicy, example: PolicyExample): string[] {
  const settings: Settings = {
    ...EMPTY_SETTINGS,
    rules: example.params ? { [compiled.policy.id]: { parameters: example.params } } : {},
  };
  const { results, sources, fileProblems } = runExample(example);
  const { findings } = evaluate(results, { policies: [compiled] }, settings, { sources, fileProblems });
  return findings.map((f) => f.ruleId);
}

function label(example: PolicyExample, index: number): string {
  return `#${index + 1}${example.description ? ` (${example.description})` : ''}`;
}

describe('built-in policies', () => {
  it('all load without problems', () => {
    expect(problems).toEqual([]);
    expect(pack.policies.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    'hashmap-managed-memory',
    'rocksdb-managed-memory',
    'process-exceeds-container',
    'derivation-failed',
    'config-unparseable',
  ])('include %s', (id) => {
    expect(pack.policies.map((p) => p.policy.id)).toContain(id);
  });
});

describe.each(pack.policies.map((p) => [p.policy.id, p] as const))('%s', (id, compiled) => {
  const { valid, invalid } = compiled.policy.examples ?? { valid: [], invalid: [] };

  it('links its own docs page', () => {
    expect(compiled.policy.docs).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(existsSync(path.join(builtinPolicyDir(), '..', 'docs', 'rules', `${id}.md`))).toBe(true);
  });

  it('has valid and invalid examples', () => {
    expect(valid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeGreaterThan(0);
  });

  it.each(invalid.map((e, i) => [label(e, i), e] as const))(
    'reports invalid example %s',
    (_name, example) => {
      expect(ruleIds(compiled, example)).toContain(id);
    },
  );

  it.each(valid.map((e, i) => [label(e, i), e] as const))('accepts valid example %s', (_name, example) => {
    expect(ruleIds(compiled, example)).not.toContain(id);
  });
});
