import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { writeFiles } from '../helpers/action-run.js';

/** `rule-id@file:line` for every finding of a tree of real files run through `lint()`. */
export async function lintTree(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fml-rules-'));
  try {
    writeFiles(dir, files);
    const report = await lint({ cwd: dir, paths: ['.'] });
    return report.findings.map((f) => `${f.ruleId}@${f.file}:${f.line}`).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
