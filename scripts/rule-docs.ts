// Writes docs/rules/ from the rule folders policies/<id>/: each rule's page and the index table in
// docs/rules/README.md. Run with `npm run docs:rules`; a test checks they match.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { ruleFolders, rulePage, withIndex } from './lib/rule-docs.js';

const root = process.cwd();
const docsDir = path.join(root, 'docs', 'rules');
const rules = ruleFolders(path.join(root, 'policies'));
const policies = rules.map((rule) => rule.policy);

let changed = 0;
async function update(file: string, next: (text: string) => string): Promise<void> {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A new rule: no page yet.
  }
  // Formatted as `npm run format` would, so the pages stay as committed.
  const options = await prettier.resolveConfig(file);
  const updated = await prettier.format(next(text), { ...options, filepath: file });
  if (updated !== text) {
    writeFileSync(file, updated);
    changed++;
    console.log(`wrote ${path.relative(root, file)}`);
  }
}

async function main(): Promise<void> {
  for (const rule of rules) await update(path.join(docsDir, `${rule.id}.md`), () => rulePage(rule));
  await update(path.join(docsDir, 'README.md'), (page) => withIndex(page, policies));
  console.log(`${rules.length} rules, ${changed} file(s) updated`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
