import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { ruleFolders, rulePage, withIndex } from '../../scripts/lib/rule-docs.js';

const root = path.resolve(import.meta.dirname, '../..');
const docs = path.join(root, 'docs', 'rules');
const rules = ruleFolders(path.join(root, 'policies'));
const policies = rules.map((rule) => rule.policy);

async function formatted(file: string, text: string): Promise<string> {
  return prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
}

describe('docs/rules', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s: the page is its folder: title line, README, examples',
    async (id, rule) => {
      const file = path.join(docs, `${id}.md`);
      const page = readFileSync(file, 'utf8');
      // Run `npm run docs:rules` when this fails.
      expect(page).toBe(await formatted(file, rulePage(rule)));
      for (const heading of ['## What it checks', '## Why', '## How to fix'])
        expect(rule.readme).toContain(`${heading}\n`);
      // The title and the examples come from policy.json, not from the README.
      expect(rule.readme).not.toMatch(/^# |^## Examples$/m);
      for (const name of Object.keys(rule.policy.parameters ?? {}))
        expect(rule.readme).toContain(`\`${name}\``);
    },
  );

  it('the index lists every rule with its severity and title', async () => {
    const file = path.join(docs, 'README.md');
    const page = readFileSync(file, 'utf8');
    expect(page).toBe(await formatted(file, withIndex(page, policies)));
    for (const p of policies) expect(page).toContain(`[\`${p.id}\`](${p.id}.md)`);
  });

  it('every rule folder is named after its policy', () => {
    expect(rules.filter((rule) => rule.policy.id !== rule.id)).toEqual([]);
  });

  it('every page belongs to a policy', () => {
    const pages = readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pages.sort()).toEqual(policies.map((p) => `${p.id}.md`).sort());
  });
});
