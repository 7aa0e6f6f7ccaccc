// The built-in pack's validators as the build compiled them (dist/policy-validators.js, written by
// scripts/policy-validators.ts): one for every schema of the pack as it is now, and the same
// verdicts as the schemas compiled at run time, over every rule's cases in every kind of file.
// Needs `npm run build`.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint, prepare } from '../../src/engine/lint.js';
import { evaluate, type PolicyPack } from '../../src/policy/index.js';
import {
  precompiled,
  SCHEMA_PARTS,
  VALIDATORS_FILE,
  type PrecompiledValidators,
} from '../../src/policy/policy-validators.js';
import { ruleFolders } from '../../scripts/lib/rule-docs.js';
import { writeFiles } from '../helpers/action-run.js';
import { render, type Kind, type Scenario } from '../rules/kinds.js';

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, 'dist', VALIDATORS_FILE);

function built(): PrecompiledValidators {
  if (!existsSync(file)) throw new Error('run npm run build first');
  return createRequire(import.meta.url)(file) as PrecompiledValidators;
}

/** The pack compiled at run time, with every schema's validator replaced by the build's. */
function withBuilt(pack: PolicyPack, validators: PrecompiledValidators): PolicyPack {
  return {
    policies: pack.policies.map((compiled) => {
      const swapped = { ...compiled };
      for (const part of SCHEMA_PARTS) {
        const schema = compiled.policy[part];
        if (schema === undefined) continue;
        const validator = precompiled(validators, compiled.policy.id, part, schema);
        if (!validator) throw new Error(`no validator built for ${compiled.policy.id} ${part}`);
        swapped[part] = validator;
      }
      return swapped;
    }),
  };
}

interface Case {
  name: string;
  kinds: readonly Kind[];
  broken: Scenario;
  fixed: Scenario;
}

const cases = ruleFolders(path.join(root, 'policies')).flatMap(({ dir }) => {
  const casesFile = path.join(dir, 'cases.json');
  return existsSync(casesFile)
    ? (JSON.parse(readFileSync(casesFile, 'utf8')) as { cases: Case[] }).cases
    : [];
});

describe('the built-in pack compiled by the build', () => {
  it('holds a validator for every schema of the pack as it is now', () => {
    const validators = built();
    for (const { dir } of ruleFolders(path.join(root, 'policies'))) {
      const policy = JSON.parse(readFileSync(path.join(dir, 'policy.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      for (const part of SCHEMA_PARTS) {
        if (policy[part] === undefined) continue;
        expect(precompiled(validators, policy.id as string, part, policy[part])).toBeInstanceOf(Function);
      }
    }
    // A schema edited since the build is compiled afresh, never judged by a stale validator.
    expect(precompiled(validators, 'task-heap-too-small', 'when', { const: 1 })).toBeUndefined();
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: the same findings as the compiled pack',
    async (_, c) => {
      const validators = built();
      for (const kind of c.kinds) {
        for (const scenario of [c.broken, c.fixed]) {
          const dir = mkdtempSync(path.join(tmpdir(), 'fml-validators-'));
          try {
            writeFiles(dir, render(kind, scenario).files);
            const options = { cwd: dir, paths: ['.'] };
            const prepared = await prepare(options);
            const report = await lint(options, prepared);
            const pack = await prepared.pack();
            const judge = (p: PolicyPack) =>
              evaluate(report.configs, p, prepared.settings, { sources: report.sources }).findings;
            const compiled = judge(pack);
            // The broken config is found out (so the comparison is over findings, not over nothing).
            expect(scenario === c.fixed || compiled.length > 0).toBe(true);
            expect(judge(withBuilt(pack, validators))).toEqual(compiled);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }
      }
    },
  );
});
