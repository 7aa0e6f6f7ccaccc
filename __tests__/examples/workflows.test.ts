import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// The recipes are complete workflow files, checked as far as can be without GitHub: they parse,
// have the shape a workflow must have (a subset of actionlint's checks: events, jobs, runs-on,
// steps, unique step ids, expressions closed), ask for the permissions what they do needs, use
// only inputs and outputs action.yml declares, name real workflows in workflow_run, hold no
// placeholder, and are the files the README points to. Then actionlint's own rules, from the
// `actionlint` package (rhysd/actionlint 1.6.22 built to WebAssembly): syntax, events,
// permission scopes, expressions and their types, the inputs of popular actions, untrusted input
// in scripts.

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, 'examples/workflows');
const ACTION = 'flink-memory-lint/flink-memory-lint@v1';

type Step = { uses?: string; run?: string; id?: string; with?: Record<string, unknown>; if?: string };
type Job = { 'runs-on'?: unknown; steps?: Step[]; permissions?: Record<string, string>; if?: string };
type Workflow = {
  name?: string;
  on?: Record<string, unknown> | string;
  permissions?: Record<string, string>;
  jobs?: Record<string, Job>;
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const workflows = new Map(files.map((f) => [f, parse(readFileSync(path.join(DIR, f), 'utf8')) as Workflow]));
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

/** Events a workflow can be triggered by (the ones these recipes may use). */
const EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'push',
  'schedule',
  'workflow_dispatch',
  'workflow_run',
  'release',
  'merge_group',
]);

const permissions = (wf: Workflow, job: Job) => ({ ...wf.permissions, ...job.permissions });
const steps = (wf: Workflow) => Object.values(wf.jobs ?? {}).flatMap((job) => job.steps ?? []);

describe.each(files)('examples/workflows/%s', (file) => {
  const wf = workflows.get(file)!;
  const text = readFileSync(path.join(DIR, file), 'utf8');

  it('is a complete workflow', () => {
    expect(typeof wf.name).toBe('string');
    const events = typeof wf.on === 'string' ? [wf.on] : Object.keys(wf.on ?? {});
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(EVENTS).toContain(event);
    expect(wf.permissions).toBeDefined();
    expect(Object.keys(wf.jobs ?? {}).length).toBeGreaterThan(0);
    for (const job of Object.values(wf.jobs!)) {
      expect(job['runs-on']).toBeDefined();
      expect(job.steps?.length).toBeGreaterThan(0);
      const ids = job.steps!.flatMap((s) => (s.id ? [s.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
      for (const step of job.steps!) expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true);
    }
    // Every expression closes.
    expect((text.match(/\$\{\{/g) ?? []).length).toBe((text.match(/\}\}/g) ?? []).length);
  });

  it('holds no placeholder', () => {
    expect(text).not.toMatch(/TODO|FIXME|<[a-z-]+>|\.\.\.|your-|placeholder|example\.com/i);
  });

  it('uses only the inputs and outputs action.yml declares', () => {
    const used = steps(wf)
      .filter((s) => s.uses === ACTION)
      .flatMap((step) => Object.keys(step.with ?? {}));
    expect(used.filter((input) => !(input in action.inputs))).toEqual([]);
    const outputs = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
      .filter(([, id]) => steps(wf).find((s) => s.id === id)?.uses === ACTION)
      .map(([, , output]) => output);
    expect(outputs.filter((output) => !(output in action.outputs))).toEqual([]);
  });

  it('asks for the permissions its steps need', () => {
    const missing: string[] = [];
    const need = (granted: Record<string, string>, scope: string, levels: string[]) => {
      if (!levels.includes(granted[scope])) missing.push(`${scope}: ${levels.join('|')}`);
    };
    for (const job of Object.values(wf.jobs!)) {
      const granted = permissions(wf, job);
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('github/codeql-action/upload-sarif')) need(granted, 'security-events', ['write']);
        if (step.uses?.startsWith('actions/download-artifact') && step.with?.['run-id'])
          need(granted, 'actions', ['read', 'write']);
        if (step.uses !== ACTION) continue;
        const w = step.with ?? {};
        if (w['audit-issue'] === true || w['audit-issue'] === 'true') need(granted, 'issues', ['write']);
        if (w['report-from-artifact'] !== undefined) {
          need(granted, 'pull-requests', ['write']);
          need(granted, 'checks', ['write']);
          continue;
        }
        const comments = w.comment !== 'never' || w['review-comments'] !== 'never';
        if (comments && Object.keys(wf.on as object).includes('pull_request'))
          need(granted, 'pull-requests', ['write']);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is referenced from the README', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`examples/workflows/${file}`);
  });
});

/** One finding of actionlint (the package's `LintResult`). */
type ActionlintResult = { file: string; line: number; column: number; message: string; kind: string };

describe('actionlint', () => {
  it('finds nothing in any recipe, and finds what it should in a spoiled one', async () => {
    // Named through a variable: the package's types are not needed for these five fields.
    const name = 'actionlint';
    const { createLinter } = (await import(name)) as {
      createLinter: () => Promise<(input: string, path: string) => ActionlintResult[]>;
    };
    const actionlint = await createLinter();
    const found = files.flatMap((file) =>
      actionlint(readFileSync(path.join(DIR, file), 'utf8'), file).map(
        (r) => `${r.file}:${r.line}:${r.column} [${r.kind}] ${r.message}`,
      ),
    );
    expect(found).toEqual([]);
    // The same linter on a recipe spoiled in three ways says so three times: it is really checking.
    const spoiled = readFileSync(path.join(DIR, 'flink-memory-pr.yml'), 'utf8')
      .replace('pull_request:', 'pull_requests:')
      .replace('pull-requests: write', 'pull-request: write')
      .replace('fail-on: error', 'fail-on: ${{ steps.nope.outputs.level }}');
    expect(actionlint(spoiled, 'spoiled.yml').map((r) => r.kind)).toEqual(['events', 'permissions', 'expression']);
  });
});

describe('the recipes together', () => {
  it('name, in workflow_run, workflows that exist', () => {
    const names = new Set([...workflows.values()].map((wf) => wf.name));
    for (const wf of workflows.values()) {
      const on = wf.on as Record<string, { workflows?: string[] } | undefined>;
      for (const name of on?.workflow_run?.workflows ?? []) expect(names).toContain(name);
    }
  });

  it('pair the fork workflows: the artifact the first uploads is the one the second downloads', () => {
    const lint = steps(workflows.get('flink-memory-fork-lint.yml')!);
    const publish = steps(workflows.get('flink-memory-fork-publish.yml')!);
    const uploaded = lint.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.name;
    const downloaded = publish.find((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(downloaded?.with?.name).toBe(uploaded);
    expect(publish.find((s) => s.uses === ACTION)?.with?.['report-from-artifact']).toBe(downloaded?.with?.path);
    // The second never checks out, let alone runs, the fork's code.
    expect(publish.some((s) => s.uses?.startsWith('actions/checkout') || s.run)).toBe(false);
  });

  it('release moves the major tag the recipes use', () => {
    const release = workflows.get('release.yml')!;
    expect(Object.keys(release.on as object)).toEqual(['release']);
    expect(release.permissions?.contents).toBe('write');
    expect(JSON.stringify(release)).toContain('git push -f origin \\"refs/tags/$major\\"');
  });
});

describe('package.json', () => {
  it('asks for a Node that every dependency runs on', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      dependencies: Record<string, string>;
    };
    const floor = (range: string) => (/(\d+)(?:\.(\d+))?/.exec(range) ?? []).slice(1, 3).map((n) => Number(n ?? 0));
    const [major, minor] = floor(pkg.engines.node);
    for (const name of Object.keys(pkg.dependencies)) {
      const dep = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
        engines?: { node?: string };
      };
      if (!dep.engines?.node) continue;
      const [m, n] = floor(dep.engines.node);
      expect([name, major > m || (major === m && minor >= n)]).toEqual([name, true]);
    }
  });
});
