import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ruleFolders } from '../../src/policy/rule-docs.js';
import { lintTree } from './lint-tree.js';
import { KINDS, render, type Kind, type Scenario } from './kinds.js';
import { CASES } from './per-kind-cases.js';

/**
 * Every rule of the pack, in every kind of file where it can apply: exactly the expected rule ids
 * at the lines of the keys that cause them, and nothing at all once the config is fixed.
 */
async function findings(kind: Kind, scenario: Scenario) {
  const { files, at } = render(kind, scenario);
  return { found: await lintTree(files), at };
}

/** `file:line` of the first of `a|b` keys the rendered file has. */
function where(at: Record<string, string>, keys: string): string {
  const key = keys.split('|').find((k) => at[k]);
  if (!key) throw new Error(`the rendered file has no line for ${keys}`);
  return at[key];
}

describe.each(CASES)('$name', (c) => {
  it.each(c.kinds.map((k) => [k]))('in %s: exactly the expected findings, none once fixed', async (kind) => {
    const { found, at } = await findings(kind, c.broken);
    expect(found).toEqual(c.expect.map(([rule, keys]) => `${rule}@${where(at, keys)}`).sort());
    expect((await findings(c.fixedKind ?? kind, c.fixed)).found).toEqual([]);
  });
});

describe('the per-kind table', () => {
  const policies = ruleFolders(path.resolve(import.meta.dirname, '../../policies')).map((rule) => rule.id);

  it.each(policies.map((id) => [id]))('has a case for %s', (id) => {
    expect(CASES.some((c) => c.expect.some(([rule]) => rule === id))).toBe(true);
  });

  it.each(policies.map((id) => [id]))('says for %s why each kind it leaves out cannot apply', (id) => {
    const cases = CASES.filter((c) => c.expect.some(([rule]) => rule === id));
    const covered = new Set(cases.flatMap((c) => [...c.kinds, ...(Object.keys(c.notIn ?? {}) as Kind[])]));
    expect(KINDS.filter((k) => !covered.has(k))).toEqual([]);
  });
});
