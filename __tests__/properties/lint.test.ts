import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import type { Location } from '../../src/model/index.js';
import { configText, FILE_NAMES, lineCount } from './arbitraries.js';

describe('the whole lint pipeline, on any tree', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-prop-lint-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('never throws, and every finding and notice points inside a file it was given', async () => {
    let run = 0;
    let configs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...FILE_NAMES), configText), {
          minLength: 1,
          maxLength: 4,
          selector: ([name]) => name,
        }),
        async (files) => {
          const dir = path.join(root, String(run++));
          const texts = new Map<string, string>();
          for (const [name, text] of files) {
            mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
            writeFileSync(path.join(dir, name), text);
            // What a reader sees: invalid UTF-16 is written as replacement characters.
            texts.set(name, Buffer.from(text).toString('utf8'));
          }
          const report = await lint({ cwd: dir, paths: ['.'] });
          const inside = (location: Location) => {
            const text = texts.get(location.file);
            expect(text).toBeDefined();
            expect(location.line).toBeGreaterThanOrEqual(1);
            expect(location.line).toBeLessThanOrEqual(lineCount(text!));
            expect(location.column).toBeGreaterThanOrEqual(1);
          };
          for (const f of [...report.findings, ...report.suppressed]) inside(f);
          for (const n of report.notices) if (n.location) inside(n.location);
          expect(report.summary.configs).toBe(report.configs.length);
          configs += report.configs.length;
        },
      ),
      { numRuns: 150 },
    );
    // The texts reach the loaders and the policies, not only discovery.
    expect(configs).toBeGreaterThan(50);
  }, 120_000);
});
