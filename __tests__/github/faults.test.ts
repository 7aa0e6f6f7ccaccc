import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { COMMENT_LIMIT, COMMENT_MARKER } from '../../src/report/markdown-comment.js';
import {
  assertBundleBuilt,
  makePullRequestRepo,
  pushFeature,
  runAction,
  type ActionRun,
  type PullRequestRepo,
} from '../helpers/action-run.js';
import { FakeGitHub, type Fault } from '../helpers/fake-github.js';

// Every GitHub failure is logged and worked around; the exit status follows the findings alone.

const CLEAN =
  'jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: 1728m\ntaskmanager.numberOfTaskSlots: 2\nstate.backend.type: rocksdb\n';
const grown = (size: string) => CLEAN.replace('1728m', size);
/** Flink refuses it: the task heap alone is larger than the whole process. */
const REFUSED = 'taskmanager.memory.process.size: 2048m\ntaskmanager.memory.task.heap.size: 4g\n';

/** Short deadlines and no back-off, so that retries and timeouts take milliseconds. */
const FAST = { FLINK_MEMORY_LINT_API_TIMEOUT_MS: '1000', FLINK_MEMORY_LINT_API_RETRY_BASE_MS: '0' };

const COMMENTS = /\/issues\/7\/comments$/;
const COMMENT = /\/issues\/comments\/\d+$/;

beforeAll(() => assertBundleBuilt());

let fake: FakeGitHub;
let repo: PullRequestRepo;

afterEach(async () => {
  await fake.stop();
  rmSync(repo.root, { recursive: true, force: true });
});

/** One pull request run against a fresh fake API answering `faults` first. */
async function runWith(
  faults: Fault[],
  files: Record<string, string> = { 'conf/flink-conf.yaml': grown('4096m') },
  seed?: () => void,
) {
  fake = new FakeGitHub();
  await fake.start();
  fake.options.faults = faults;
  seed?.();
  repo = makePullRequestRepo({ 'conf/flink-conf.yaml': CLEAN }, 'fml-faults-');
  const head = pushFeature(repo, files, 'head');
  const run = await runAction({
    ...head,
    runnerDir: path.join(repo.root, 'runner'),
    apiUrl: fake.url,
    eventName: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/flink-jobs' } },
        head: { sha: head.sha, ref: 'feature', repo: { full_name: 'acme/flink-jobs' } },
      },
      repository: { name: 'flink-jobs', full_name: 'acme/flink-jobs', owner: { login: 'acme' } },
    },
    env: FAST,
  });
  return run;
}

const posts = () => fake.requests.filter((r) => r.method === 'POST' && COMMENTS.test(r.path));

function expectNoCrash(run: ActionRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stdout).not.toContain('could not run');
  expect(run.summary).toContain('Flink memory');
}

/** An existing sticky comment from an earlier run. */
function seedComment(): number {
  const id = 1;
  fake.comments.set(7, [
    {
      id,
      body: `${COMMENT_MARKER}\nearlier run`,
      html_url: 'https://github.example/pull/7#issuecomment-1',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    },
  ]);
  return id;
}

describe('GitHub failures never change the verdict', () => {
  it('retries a write answered 500 and posts the comment once', async () => {
    const run = await runWith([{ method: 'POST', path: COMMENTS, status: 500, times: 1 }]);
    expect(run.status).toBe(0);
    expect(posts()).toHaveLength(2);
    expect(fake.comments.get(7)).toHaveLength(1);
    expectNoCrash(run);
  });

  it('gives up after the retries on a lasting 500, with a warning, and still exits by the findings', async () => {
    const run = await runWith([{ method: 'POST', path: COMMENTS, status: 502, times: 100 }], {
      'conf/flink-conf.yaml': REFUSED,
    });
    expect(run.status).toBe(1);
    expect(posts()).toHaveLength(4);
    expect(run.stdout).toMatch(/::warning::Could not post the pull request comment: HTTP 502/);
    expect(run.outputs.errors).toBe('1');
    expectNoCrash(run);
  });

  it('waits out a rate-limited 403 that resets now', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    const run = await runWith([
      {
        method: 'POST',
        path: COMMENTS,
        status: 403,
        body: { message: 'API rate limit exceeded for installation ID 1.' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      },
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('GitHub rate limit for POST');
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(run.summary).not.toContain('fork');
    expectNoCrash(run);
  });

  it('skips a write whose rate limit resets in an hour, with a notice', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const run = await runWith([
      {
        method: 'POST',
        path: COMMENTS,
        status: 403,
        times: 5,
        body: { message: 'API rate limit exceeded for installation ID 1.' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      },
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/GitHub rate limit for POST .*: giving up/);
    expect(run.stdout).toMatch(/::warning::Could not post the pull request comment/);
    expect(fake.comments.get(7) ?? []).toHaveLength(0);
    expect(run.durationMs).toBeLessThan(30_000);
    expectNoCrash(run);
  });

  it('takes "Resource not accessible by integration" as a read-only token: no retry, annotations and summary kept', async () => {
    const denied = {
      status: 403,
      times: 100,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    };
    const run = await runWith(
      [
        // Writes only: a read-only token still answers GraphQL queries (who it acts as).
        { method: 'POST', path: /^\/repos\//, ...denied },
        { method: 'PATCH', path: /^\/repos\//, ...denied },
      ],
      { 'conf/flink-conf.yaml': REFUSED },
    );
    expect(run.status).toBe(1);
    expect(posts()).toHaveLength(1);
    expect(run.stdout).toContain('Resource not accessible by integration');
    expect(run.stdout).toMatch(/^::error file=conf\/flink-conf\.yaml,line=\d+/m);
    expect(run.summary).toContain('## ❌ Flink memory: 1 error');
    expectNoCrash(run);
  });

  it('posts a new comment once when the one to update was deleted (404)', async () => {
    const run = await runWith(
      [{ method: 'PATCH', path: COMMENT, status: 404, body: { message: 'Not Found' } }],
      undefined,
      seedComment,
    );
    expect(run.status).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'PATCH' && COMMENT.test(r.path))).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(run.stdout).toContain('deleted meanwhile');
    const bodies = (fake.comments.get(7) ?? []).map((c) => c.body);
    expect(bodies.filter((b) => b.includes('| Total Process | 1728 MiB | 4096 MiB |'))).toHaveLength(1);
    expectNoCrash(run);
  });

  it('shortens a body GitHub refuses as too long (422) and posts it once more', async () => {
    const run = await runWith([
      {
        method: 'POST',
        path: COMMENTS,
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'unprocessable',
              field: 'data',
              message: 'Body is too long (maximum is 65536 characters)',
            },
          ],
        },
      },
    ]);
    expect(run.status).toBe(0);
    const sent = posts();
    expect(sent).toHaveLength(2);
    expect((sent[1].body as { body: string }).body.length).toBeLessThanOrEqual(COMMENT_LIMIT / 2);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(run.stdout).toContain('refused the pull request comment as too long');
    expectNoCrash(run);
  });

  it('times out a hanging request and retries it', async () => {
    const run = await runWith([{ method: 'POST', path: COMMENTS, hang: true }]);
    expect(run.status).toBe(0);
    expect(posts()).toHaveLength(2);
    expect(fake.comments.get(7)).toHaveLength(1);
    expectNoCrash(run);
  });

  it('gives up on a request that always hangs, within the deadlines, and exits by the findings', async () => {
    const run = await runWith([{ method: 'POST', path: COMMENTS, hang: true, times: 100 }], {
      'conf/flink-conf.yaml': REFUSED,
    });
    expect(run.status).toBe(1);
    expect(posts()).toHaveLength(4);
    expect(run.stdout).toMatch(/::warning::Could not post the pull request comment/);
    expect(run.durationMs).toBeLessThan(20_000);
    expectNoCrash(run);
  }, 30_000);
});
