import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  assertBundleBuilt,
  makePullRequestRepo,
  pushFeature,
  runAction,
  type PullRequestRepo,
} from '../helpers/action-run.js';
import { FakeGitHub } from '../helpers/fake-github.js';

// Fork pull requests in two workflows, as examples/workflows/ has them: the `pull_request` run
// (read-only token) writes its report for an artifact; the `workflow_run` run, with no checkout of
// the fork's code, publishes it. And the runs that must not end green: a mistyped path, no config.

const TOKEN = 'ghs_e2eForkArtifactToken';
const GOOD = (size: string) =>
  `jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: ${size}\ntaskmanager.numberOfTaskSlots: 2\nstate.backend.type: rocksdb\n`;
const REFUSED = 'taskmanager.memory.process.size: 2048m\ntaskmanager.memory.task.heap.size: 4g\n';

const repository = { name: 'flink-jobs', full_name: 'acme/flink-jobs', owner: { login: 'acme' } };

function prPayload(repo: PullRequestRepo, headSha: string) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/flink-jobs' } },
      head: { sha: headSha, ref: 'feature', repo: { full_name: 'someone/flink-jobs' } },
    },
    repository,
  };
}

beforeAll(() => assertBundleBuilt());

describe('fork pull request published from the first run’s artifact', () => {
  const fake = new FakeGitHub();
  let repo: PullRequestRepo;
  let head: { workspace: string; sha: string };
  let artifact: string;
  beforeAll(async () => {
    await fake.start();
    repo = makePullRequestRepo({
      'conf/flink-conf.yaml': GOOD('1728m'),
      'jobs/etl/flink-conf.yaml': GOOD('2048m'),
    });
    head = pushFeature(
      repo,
      { 'conf/flink-conf.yaml': GOOD('4096m'), 'jobs/etl/flink-conf.yaml': REFUSED },
      'fork',
    );
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(repo.root, { recursive: true, force: true });
  });

  it('first workflow: a read-only run writes nothing to GitHub and leaves its report for the artifact', async () => {
    fake.options.readOnly = true;
    const run = await runAction({
      workspace: head.workspace,
      runnerDir: path.join(repo.root, 'runner-lint'),
      apiUrl: fake.url,
      eventName: 'pull_request',
      payload: prPayload(repo, head.sha),
      sha: head.sha,
      token: TOKEN,
      inputs: { 'report-artifact': 'flink-memory-report/' },
    });
    expect(run.status).toBe(1);
    expect(fake.writes()).toEqual([]);
    artifact = run.outputs['report-artifact'];
    expect(artifact).toBe(path.join(head.workspace, 'flink-memory-report', 'flink-memory-lint-pr.json'));
    const data = JSON.parse(readFileSync(artifact, 'utf8')) as {
      pullRequest: unknown;
      touched: string[];
    };
    expect(data.pullRequest).toEqual({ number: 7, headSha: head.sha, baseSha: repo.base });
    expect(data.touched.sort()).toEqual(['conf/flink-conf.yaml', 'jobs/etl/flink-conf.yaml']);
  });

  it('second workflow: publishes the comment, the check run and the review on the pull request', async () => {
    fake.options.readOnly = false;
    fake.pulls.set(7, { headSha: head.sha });
    fake.pullFiles.set(7, [
      {
        filename: 'jobs/etl/flink-conf.yaml',
        status: 'modified',
        patch:
          '@@ -1,4 +1,2 @@\n-a\n-b\n-c\n-d\n+taskmanager.memory.process.size: 2048m\n+taskmanager.memory.task.heap.size: 4g',
      },
      { filename: 'conf/flink-conf.yaml', status: 'modified', patch: '@@ -2 +2 @@\n-x\n+y' },
    ]);
    // The default branch's checkout: none of the fork's files, only the downloaded artifact.
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'fml-publish-'));
    mkdirSync(path.join(workspace, 'artifact'));
    writeFileSync(path.join(workspace, 'artifact', 'flink-memory-lint-pr.json'), readFileSync(artifact));
    const run = await runAction({
      workspace,
      runnerDir: path.join(repo.root, 'runner-publish'),
      apiUrl: fake.url,
      eventName: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: { id: 99, head_sha: head.sha, event: 'pull_request' },
        repository,
      },
      sha: repo.base,
      token: TOKEN,
      inputs: { 'report-from-artifact': 'artifact' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(
      '| Config | TaskManager | JobManager | Task heap / slot | Managed / slot | Verdict |',
    );
    expect(comments[0].body).toContain('1728 → 4096 MiB (+137%)');
    expect(comments[0].body).toContain('Flink refuses the TaskManager');
    // Annotations go to the pull request's head commit through a check run, not to this run's log.
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0].head_sha).toBe(head.sha);
    expect(run.stdout).not.toMatch(/^::error file=/m);
    expect(fake.reviewComments.some((c) => c.path === 'jobs/etl/flink-conf.yaml')).toBe(true);
    rmSync(workspace, { recursive: true, force: true });
  });

  it('refuses a report whose pull request is not at the commit the triggering run ran on', async () => {
    fake.pulls.set(7, { headSha: 'f'.repeat(40) });
    const before = fake.writes().length;
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'fml-publish-'));
    writeFileSync(path.join(workspace, 'report.json'), readFileSync(artifact));
    const run = await runAction({
      workspace,
      runnerDir: path.join(repo.root, 'runner-tampered'),
      apiUrl: fake.url,
      eventName: 'workflow_run',
      payload: { action: 'completed', workflow_run: { id: 100, head_sha: head.sha }, repository },
      sha: repo.base,
      token: TOKEN,
      inputs: { 'report-from-artifact': 'report.json' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('not at the commit the run ran on');
    expect(fake.writes().length).toBe(before);
    rmSync(workspace, { recursive: true, force: true });
  });
});

describe('no silent green', () => {
  const fake = new FakeGitHub();
  let repo: PullRequestRepo;
  beforeAll(async () => {
    await fake.start();
    repo = makePullRequestRepo({ 'deploy/flink-conf.yaml': GOOD('1728m'), 'docs/README.md': '# docs\n' });
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(repo.root, { recursive: true, force: true });
  });

  const audit = (name: string, inputs: Record<string, string>) =>
    runAction({
      workspace: repo.author,
      runnerDir: path.join(repo.root, `runner-${name}`),
      apiUrl: fake.url,
      eventName: 'workflow_dispatch',
      payload: { repository },
      sha: repo.base,
      token: TOKEN,
      inputs,
    });

  it('fails a mistyped path with an error annotation', async () => {
    const run = await audit('typo', { paths: 'depoly/' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error title=Path not found::depoly\/?: no such file or folder/m);
    expect(run.summary).not.toContain('all clear');
  });

  it('says when it found no config, and fails with if-no-configs: error', async () => {
    const warned = await audit('none-warn', { paths: 'docs/' });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(
      /^::warning title=No Flink configuration::No Flink configuration found under docs\//m,
    );
    expect(warned.summary).toContain('no Flink configuration found');
    const failed = await audit('none-error', { paths: 'docs/', 'if-no-configs': 'error' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^::error title=No Flink configuration::/m);
    const quiet = await audit('none-ignore', { paths: 'docs/', 'if-no-configs': 'ignore' });
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).not.toContain('No Flink configuration found');
  });
});
