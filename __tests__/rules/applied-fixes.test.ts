import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { lintText } from '../../src/engine/index.js';
import type { ConfigResult, Finding, PolicyExample, Settings } from '../../src/model/index.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { EMPTY_SETTINGS } from '../../src/policy/settings.js';
import { suggestFix } from '../../src/report/index.js';

// Every fix a finding proposes, applied, makes that finding go away and adds no error: over every
// invalid example of every rule, and over the shared corpus where it is present.
const { pack } = loadPolicies([builtinPolicyDir()]);
const SIZE_RULES = [
  'derivation-failed',
  'process-exceeds-container',
  'container-underused',
  'task-heap-too-small',
  'jm-heap-too-small',
  'rocksdb-managed-per-slot-low',
];

const same = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId && a.configId === b.configId && a.process === b.process && a.key === b.key;

function settingsOf(example: PolicyExample, id: string): Settings {
  return { ...EMPTY_SETTINGS, rules: example.params ? { [id]: { parameters: example.params } } : {} };
}

function lintExample(
  example: PolicyExample,
  settings: Settings,
): { findings: Finding[]; results: ConfigResult[] } {
  const { results, sources, fileProblems } = runExample(example);
  return { ...evaluate(results, pack, settings, { sources, fileProblems }), results };
}

/** The example with a fix applied: keys set or removed, or the file edited as the suggestion edits it. */
function applied(
  example: PolicyExample,
  finding: Finding,
  results: ConfigResult[],
): PolicyExample | undefined {
  const set = finding.fix?.set ?? {};
  if (example.file) {
    const config = results.find((r) => r.config.id === finding.configId)?.config;
    if (!config) return undefined;
    const edit = suggestFix(finding, example.file.text, config);
    if (!edit) return undefined;
    const lines = example.file.text.split('\n');
    lines.splice(edit.startLine - 1, edit.endLine - edit.startLine + 1, ...edit.lines);
    return { ...example, file: { ...example.file, text: lines.join('\n') } };
  }
  const config = { ...(example.config ?? {}) };
  for (const [key, value] of Object.entries(set)) {
    if (value === null) delete config[key];
    else config[key] = value;
  }
  return { ...example, config };
}

interface Outcome {
  applied: string[];
  problems: string[];
}

function checkFixes(
  label: string,
  before: Finding[],
  apply: (f: Finding) => { findings: Finding[] } | undefined,
  out: Outcome,
) {
  for (const finding of before) {
    if (Object.keys(finding.fix?.set ?? {}).length === 0) continue;
    const after = apply(finding);
    if (!after) continue;
    out.applied.push(`${label} ${finding.ruleId}`);
    if (after.findings.some((f) => same(f, finding)))
      out.problems.push(`${label}: ${finding.ruleId} still there after ${JSON.stringify(finding.fix?.set)}`);
    // An error is new where its rule did not report that process before (the key it points at may move).
    const added = after.findings.filter(
      (f) =>
        f.severity === 'error' &&
        !before.some((b) => b.ruleId === f.ruleId && b.configId === f.configId && b.process === f.process),
    );
    for (const f of added)
      out.problems.push(
        `${label}: ${finding.ruleId}'s fix ${JSON.stringify(finding.fix?.set)} adds ${f.ruleId}: ${f.message}`,
      );
  }
}

describe('fixes, applied', () => {
  it('clear the finding of every rule example and add no error', () => {
    const out: Outcome = { applied: [], problems: [] };
    for (const { policy } of pack.policies) {
      for (const [i, example] of (policy.examples?.invalid ?? []).entries()) {
        const settings = settingsOf(example, policy.id);
        const { findings, results } = lintExample(example, settings);
        checkFixes(
          `${policy.id} #${i + 1}`,
          findings,
          (finding) => {
            const next = applied(example, finding, results);
            return next && lintExample(next, settings);
          },
          out,
        );
      }
    }
    expect(out.problems).toEqual([]);
    // Each size rule's example fixes are among those applied (computed by the solver).
    for (const id of SIZE_RULES) expect(out.applied.some((a) => a.endsWith(` ${id}`))).toBe(true);
  });

  it('give the sizes the solver computes: exact to one MiB', () => {
    const example: PolicyExample = {
      config: { 'taskmanager.memory.process.size': '1200m', 'jobmanager.memory.process.size': '1600m' },
      flinkVersion: '1.18',
    };
    const { findings } = lintExample(example, EMPTY_SETTINGS);
    const heap = findings.find((f) => f.ruleId === 'task-heap-too-small');
    expect(heap?.fix?.set).toEqual({ 'taskmanager.memory.process.size': expect.stringMatching(/^\d+m$/) });
    const size = Number(/^(\d+)m$/.exec(heap!.fix!.set['taskmanager.memory.process.size']!)![1]);
    const at = (mib: number) =>
      lintExample(
        { ...example, config: { ...example.config, 'taskmanager.memory.process.size': `${mib}m` } },
        EMPTY_SETTINGS,
      ).findings.some((f) => f.ruleId === 'task-heap-too-small');
    expect(at(size)).toBe(false);
    expect(at(size - 1)).toBe(true);
    expect(heap?.fix?.description).toMatch(/at \d+m task heap 2\d\d(\.\d+)? MiB is below the 256 MiB target/);
  });
});

const corpus = '/work/shared/corpus';
const manifest = path.join(corpus, 'MANIFEST.json');
(existsSync(manifest) ? describe : describe.skip)('fixes over the shared corpus, applied', () => {
  it('clear their findings and add no error', () => {
    const files = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; path: string }[];
    const out: Outcome = { applied: [], problems: [] };
    for (const entry of files) {
      const file = path.join(corpus, 'files', entry.file);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      const lintOf = (t: string) => lintText({ path: entry.path, text: t }, pack, EMPTY_SETTINGS);
      const before = lintOf(text);
      checkFixes(
        entry.file,
        before.findings,
        (finding) => {
          const config = before.results.find((r) => r.config.id === finding.configId)?.config;
          const edit = config && suggestFix(finding, text, config);
          if (!edit) return undefined;
          const lines = text.split('\n');
          lines.splice(edit.startLine - 1, edit.endLine - edit.startLine + 1, ...edit.lines);
          return lintOf(lines.join('\n'));
        },
        out,
      );
    }
    expect(out.problems).toEqual([]);
    expect(out.applied.length).toBeGreaterThan(10);
  });
});
