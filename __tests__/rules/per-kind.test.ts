import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ruleFolders } from '../../scripts/lib/rule-docs.js';
import { lintTree } from './lint-tree.js';
import { KINDS, render, type Kind, type Scenario } from './kinds.js';

/**
 * Every rule of the pack, in every kind of file where it can apply: exactly the expected rule ids
 * at the lines of the keys that cause them, and nothing at all once the config is fixed. The cases
 * are each rule's `policies/<id>/cases.json`; their schema, docs/cases.schema.json, says each field.
 */
interface Case {
  name: string;
  kinds: readonly Kind[];
  notIn?: Partial<Record<Kind, string>>;
  broken: Scenario;
  expect: Array<[string, string]>;
  fixed: Scenario;
  fixedKind?: Kind;
}

const root = path.resolve(import.meta.dirname, '../..');
const validate = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(readFileSync(path.join(root, 'docs', 'cases.schema.json'), 'utf8')) as object,
);
/** Each rule's cases; a cases.json that breaks the schema runs none and fails its own test below. */
const rules = ruleFolders(path.join(root, 'policies')).map(({ id, dir }) => {
  const file = path.join(dir, 'cases.json');
  const data: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const errors = validate(data) ? [] : (validate.errors ?? []);
  return { id, errors, cases: errors.length === 0 ? (data as { cases: Case[] }).cases : [] };
});
const CASES = rules.flatMap((rule) => rule.cases);

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

describe('the per-kind cases', () => {
  it('name the kinds of file the renderer writes', () => {
    expect((validate.schema as { $defs: { kind: { enum: string[] } } }).$defs.kind.enum).toEqual(KINDS);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: cases.json follows its schema', (_id, rule) => {
    expect(rule.errors).toEqual([]);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s: has cases, each named for the rule and expecting it',
    (id, rule) => {
      expect(rule.cases.length).toBeGreaterThan(0);
      for (const c of rule.cases) {
        expect(c.name.startsWith(`${id}: `)).toBe(true);
        expect(c.expect.map(([expected]) => expected)).toContain(id);
      }
    },
  );

  it.each(rules.map((rule) => [rule.id]))('says for %s why each kind it leaves out cannot apply', (id) => {
    const cases = CASES.filter((c) => c.expect.some(([rule]) => rule === id));
    const covered = new Set(cases.flatMap((c) => [...c.kinds, ...(Object.keys(c.notIn ?? {}) as Kind[])]));
    expect(KINDS.filter((k) => !covered.has(k))).toEqual([]);
  });
});
