import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  assertBundleBuilt,
  git,
  makePullRequestRepo,
  pushFeature,
  runAction,
  type PullRequestRepo,
  type RunRequest,
} from '../helpers/action-run.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const TOKEN = 'ghs_reviewE2eToken456';

/** A 4 GiB TaskManager with RocksDB: nothing to say. */
const BASE_CONF = [
  '# production cluster',
  'jobmanager.memory.process.size: 1600m',
  'taskmanager.memory.process.size: 4096m',
  'taskmanager.numberOfTaskSlots: 4',
  'state.backend.type: rocksdb',
  '',
].join('\n');

type Repo = PullRequestRepo;
const push = pushFeature;

function request(
  repo: Repo,
  fake: FakeGitHub,
  name: string,
  head: { workspace: string; sha: string },
  extra: Partial<RunRequest> = {},
): RunRequest {
  return {
    workspace: head.workspace,
    sha: head.sha,
    runnerDir: path.join(repo.root, `runner-${name}`),
    apiUrl: fake.url,
    eventName: 'pull_request',
    token: TOKEN,
    payload: {
      action: 'synchronize',
      number: 12,
      pull_request: {
        number: 12,
        base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/flink-jobs' } },
        head: { sha: head.sha, ref: 'feature', repo: { full_name: 'acme/flink-jobs' } },
      },
      repository: { name: 'flink-jobs', full_name: 'acme/flink-jobs', owner: { login: 'acme' } },
    },
    ...extra,
  };
}

const reviewPosts = (fake: FakeGitHub) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/flink-jobs/pulls/12/reviews');

beforeAll(() => assertBundleBuilt());

/** A fake API and a repository whose base holds the given files, for one describe block. */
function scene(files: Record<string, string>): { fake: FakeGitHub; repo: Repo } {
  const s = { fake: new FakeGitHub(), repo: undefined as unknown as Repo };
  beforeAll(async () => {
    await s.fake.start();
    s.repo = makePullRequestRepo(files, 'fml-review-');
  });
  afterAll(async () => {
    await s.fake.stop();
    rmSync(s.repo.root, { recursive: true, force: true });
  });
  return s;
}

describe('a pull request that switches to the heap state backend', () => {
  const s = scene({ 'conf/flink-conf.yaml': BASE_CONF.replace('state.backend.type: rocksdb\n', '') });
  const added = BASE_CONF.replace('rocksdb', 'hashmap');

  it('gets one review with a comment on the added line whose suggestion sets managed memory to 0', async () => {
    const head = push(s.repo, { 'conf/flink-conf.yaml': added }, 'first');
    const run = await runAction(request(s.repo, s.fake, 'first', head));

    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const posts = reviewPosts(s.fake);
    expect(posts).toHaveLength(1);
    const review = posts[0].body;
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBe(head.sha);
    expect(review.comments).toHaveLength(1);
    const [comment] = review.comments;
    expect(comment).toMatchObject({ path: 'conf/flink-conf.yaml', line: 5, side: 'RIGHT' });
    expect(comment.start_line).toBeUndefined();
    expect(comment.body).toContain('**warning**');
    expect(comment.body).toContain('hashmap-managed-memory');
    expect(comment.body).toContain('**Why:**');
    expect(comment.body).toContain(
      '```suggestion\nstate.backend.type: hashmap\ntaskmanager.memory.managed.size: 0\n```',
    );
    expect(comment.body).toContain(
      '<!-- flink-memory-lint:finding rule=hashmap-managed-memory file=conf%2Fflink-conf.yaml config=',
    );
    // The verdict is the findings', not the review's: a warning does not fail the step.
    expect(run.status).toBe(0);
  });

  it('posts nothing new on a second run on the same head', async () => {
    const workspace = path.join(s.repo.root, 'ws-first');
    const sha = git(workspace, 'rev-parse', 'HEAD');
    const run = await runAction(request(s.repo, s.fake, 'again', { workspace, sha }));

    expect(run.status).toBe(0);
    expect(reviewPosts(s.fake)).toHaveLength(1);
    expect(s.fake.reviewComments).toHaveLength(1);
    expect(s.fake.writes().filter((r) => r.path.includes('/pulls/comments/'))).toEqual([]);
    expect(run.stdout).toContain('Review comments: 0 posted, 1 already there, 0 resolved');
  });

  it('marks the comment resolved once a push follows the suggestion', async () => {
    const fixed = added.replace(
      'state.backend.type: hashmap\n',
      'state.backend.type: hashmap\ntaskmanager.memory.managed.size: 0\n',
    );
    const head = push(s.repo, { 'conf/flink-conf.yaml': fixed }, 'fixed');
    const run = await runAction(request(s.repo, s.fake, 'fixed', head));

    expect(run.status).toBe(0);
    expect(reviewPosts(s.fake)).toHaveLength(1);
    const [comment] = s.fake.reviewComments;
    expect(comment.body).toMatch(/^✅ \*\*Resolved\*\* in [0-9a-f]{12}/);
    expect(comment.body).not.toContain('```suggestion');
    expect(comment.body).toContain('<!-- flink-memory-lint:resolved -->');
  });
});

describe('findings outside the changed lines, the limit, and config.yaml nesting', () => {
  const nested = [
    'taskmanager:',
    '  memory:',
    '    process.size: 4g',
    'jobmanager:',
    '  memory:',
    '    process.size: 1600m',
    '',
  ];
  const s = scene({
    'a/config.yaml': nested.join('\n'),
    // Already there on the base side: its finding is not on a changed line.
    'b/flink-conf.yaml': 'taskmanager.memory.process.size: 2g\njobmanager.memory.process.size: 1g\n',
  });

  it('comments only on changed lines, at most the limit, and lists the rest in the sticky comment', async () => {
    const changed = [...nested.slice(0, -1), 'state:', '  backend:', '    type: hashmap', ''];
    const head = push(
      s.repo,
      {
        'a/config.yaml': changed.join('\n'),
        'c/flink-conf.yaml': 'taskmanager.memory.process.size: 2g\nstate.backend.type: hashmap\n',
      },
      'limit',
    );
    const run = await runAction(
      request(s.repo, s.fake, 'limit', head, { inputs: { 'review-comments-limit': '1' } }),
    );

    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const posts = reviewPosts(s.fake);
    expect(posts).toHaveLength(1);
    const comments = posts[0].body.comments as { path: string; line: number; body: string }[];
    // Findings are in file order: the nested config.yaml comes first; the limit keeps one.
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ path: 'a/config.yaml', line: 9 });
    // The new key goes at the root of the nested file, after the state backend's mapping.
    expect(comments[0].body).toContain(
      '```suggestion\n    type: hashmap\ntaskmanager.memory.managed.size: 0\n```',
    );
    const sticky = s.fake.comments.get(12) ?? [];
    expect(sticky).toHaveLength(1);
    expect(sticky[0].body).toMatch(
      /1 more finding on changed lines got no review comment \(at most 1 a run, `review-comments-limit`\): `hashmap-managed-memory` \[c\/flink-conf\.yaml:2\]/,
    );
    // b/flink-conf.yaml has the same finding on a line this pull request did not change; it rests
    // on the assumed default backend, so it is a notice.
    expect(run.stdout).toMatch(/::notice file=b\/flink-conf\.yaml,line=1,.*title=hashmap-managed-memory/);
    expect(sticky[0].body).not.toMatch(/no review comment[^\n]*b\/flink-conf\.yaml/);
  });
});

describe('review-comments: never', () => {
  const s = scene({ 'conf/flink-conf.yaml': BASE_CONF.replace('state.backend.type: rocksdb\n', '') });

  it('posts no review', async () => {
    const head = push(s.repo, { 'conf/flink-conf.yaml': BASE_CONF.replace('rocksdb', 'hashmap') }, 'never');
    const run = await runAction(
      request(s.repo, s.fake, 'never', head, { inputs: { 'review-comments': 'never' } }),
    );
    expect(run.status).toBe(0);
    expect(reviewPosts(s.fake)).toEqual([]);
    expect(s.fake.requests.filter((r) => r.path.endsWith('/pulls/12/comments'))).toEqual([]);
  });
});
