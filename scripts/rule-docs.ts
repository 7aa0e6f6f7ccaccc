// Writes the generated parts of docs/rules/ from the rule folders policies/<id>/: each page's
// Examples section and the index table in docs/rules/README.md. Run with `npm run docs:rules`; a
// test checks they match.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { ruleFolders, withExamples, withIndex } from '../src/policy/rule-docs.js';

const root = process.cwd();
const docsDir = path.join(root, 'docs', 'rules');

const policies = ruleFolders(path.join(root, 'policies')).map((rule) => rule.policy);

let changed = 0;
async function update(file: string, next: (text: string) => string): Promise<void> {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A new rule: its page starts from the generated parts.
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
  for (const policy of policies)
    await update(path.join(docsDir, `${policy.id}.md`), (page) => withExamples(page, policy));
  await update(path.join(docsDir, 'README.md'), (page) => withIndex(page, policies));
  console.log(`${policies.length} rules, ${changed} file(s) updated`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
