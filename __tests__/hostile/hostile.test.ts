import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import type { Report } from '../../src/model/index.js';
import { ACTION_BUNDLE, git } from '../helpers/action-run.js';
import { hostileCatalogue, type HostileFile } from './catalogue.js';

// Beside the action's bundle: `ACTION_BUNDLE` points both at a build of the sources.
const CLI = path.join(path.dirname(ACTION_BUNDLE), 'cli.js');

/** Real configs beside the hostile files: one clean, one Flink refuses. */
const GOOD = {
  'conf/flink-conf.yaml':
    'jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: 1728m\ntaskmanager.numberOfTaskSlots: 2\nstate.backend.type: rocksdb\n',
  'jobs/etl/flink-conf.yaml':
    'taskmanager.memory.process.size: 2048m\ntaskmanager.memory.task.heap.size: 4g\n',
};

const isRoot = process.getuid?.() === 0;

function place(root: string, file: HostileFile): void {
  const target = path.join(root, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  if (file.fifo) execFileSync('mkfifo', [path.join(root, file.fifo)]);
  if (file.symlink) symlinkSync(file.symlink, target);
  else writeFileSync(target, file.content);
}

/** Whether the report says something about the file: a finding on it or a notice naming it. */
function mentions(report: Pick<Report, 'findings' | 'notices'>, file: string): boolean {
  return (
    report.findings.some((f) => f.file === file) ||
    report.notices.some((n) => n.location?.file === file || n.message.startsWith(`${file}:`))
  );
}

describe('hostile inputs in a real repository', () => {
  let root: string;
  let catalogue: HostileFile[];
  let report: Report;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-hostile-'));
    git(root, 'init', '-q');
    for (const [file, text] of Object.entries(GOOD)) place(root, { path: file, content: text, what: 'good' });
    catalogue = hostileCatalogue();
    for (const file of catalogue.filter((f) => f.mode === undefined)) place(root, file);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'hostile');
    // Left untracked: git cannot add a file it cannot read (discovery lists untracked files too).
    for (const file of catalogue.filter((f) => f.mode !== undefined)) {
      place(root, file);
      chmodSync(path.join(root, file.path), file.mode!);
    }
    report = await lint({ cwd: root, paths: ['.'] });
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('still lints the real configs beside them, with their findings', () => {
    const files = report.configs.map((r) => r.config.file);
    expect(files).toEqual(expect.arrayContaining(Object.keys(GOOD)));
    const clean = report.configs.find((r) => r.config.file === 'conf/flink-conf.yaml');
    expect(clean?.breakdown.taskmanager.ok).toBe(true);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'derivation-failed', file: 'jobs/etl/flink-conf.yaml' }),
    );
    expect(report.findings.filter((f) => f.file === 'conf/flink-conf.yaml')).toEqual([]);
  });

  it.each(hostileCatalogue().map((f) => [f.what, f] as const))('%s: a finding or notice', (_, file) => {
    if (file.mode !== undefined && isRoot) return; // root reads any file: nothing to report
    expect(mentions(report, file.path)).toBe(true);
  });

  it('keeps every location inside its file', () => {
    for (const f of report.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
  });

  function cli(format: string, ...more: string[]) {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
    const run = spawnSync(process.execPath, [CLI, 'lint', '--format', format, ...more, '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    // Neither a stack trace nor a library's warning (a collection as a mapping key) on stderr.
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Warning/);
    expect(run.status).toBe(1);
    return run.stdout;
  }

  it('gives the same through the built command line, without a crash or a stack trace', () => {
    const json = JSON.parse(cli('json')) as Pick<Report, 'findings' | 'notices'> & { configs: unknown[] };
    for (const file of catalogue) {
      if (file.mode !== undefined && isRoot) continue;
      expect([file.path, mentions(json, file.path)]).toEqual([file.path, true]);
    }
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'derivation-failed', file: 'jobs/etl/flink-conf.yaml' }),
    );
  }, 60_000);

  it('renders them as text and SARIF too', () => {
    // --verbose: the quiet text shows a rule's first few findings and counts the rest.
    const text = cli('text', '--verbose');
    for (const file of catalogue) {
      if (file.mode !== undefined && isRoot) continue;
      expect([file.path, text.includes(file.path)]).toEqual([file.path, true]);
    }
    const sarif = JSON.parse(cli('sarif')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(
      sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri),
    );
    for (const finding of report.findings) expect(uris).toContain(encodeURI(finding.file));
  }, 60_000);
});
