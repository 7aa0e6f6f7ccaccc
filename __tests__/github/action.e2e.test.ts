import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  assertBundleBuilt,
  commit,
  git,
  makePullRequestRepo,
  pushFeature,
  runAction,
  writeFiles,
  type PullRequestRepo,
  type RunRequest,
} from '../helpers/action-run.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const TOKEN = 'ghs_e2eSecretTokenValue123';

const GOOD = (size: string) =>
  `# cluster defaults\njobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: ${size}\ntaskmanager.numberOfTaskSlots: 2\nstate.backend.type: rocksdb\n`;
/** Flink refuses it: the task heap alone is larger than the whole process. */
const REFUSED = 'taskmanager.memory.process.size: 2048m\ntaskmanager.memory.task.heap.size: 4g\n';

type Repo = PullRequestRepo;

function makeRepo(): Repo {
  return makePullRequestRepo({
    'conf/flink-conf.yaml': GOOD('1728m'),
    'jobs/etl/flink-conf.yaml': GOOD('2048m'),
  });
}

const push = pushFeature;

function prPayload(repo: Repo, headSha: string, headRepo = 'acme/flink-jobs') {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/flink-jobs' } },
      head: { sha: headSha, ref: 'feature', repo: { full_name: headRepo } },
    },
    repository: { name: 'flink-jobs', full_name: 'acme/flink-jobs', owner: { login: 'acme' } },
  };
}

function request(
  repo: Repo,
  fake: FakeGitHub,
  name: string,
  rest: Partial<RunRequest> & { workspace: string; sha: string },
): RunRequest {
  return {
    runnerDir: path.join(repo.root, `runner-${name}`),
    apiUrl: fake.url,
    eventName: 'pull_request',
    payload: prPayload(repo, rest.sha),
    token: TOKEN,
    ...rest,
  };
}

function expectNoLeak(run: { stdout: string; stderr: string; summary: string }): void {
  for (const text of [run.stdout, run.stderr, run.summary]) expect(text).not.toContain(TOKEN);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

beforeAll(() => assertBundleBuilt());

/** A fake GitHub API and a fresh repository for the tests of one describe block. */
function scene(): { fake: FakeGitHub; repo: Repo } {
  const s = { fake: new FakeGitHub(), repo: undefined as unknown as Repo };
  beforeAll(async () => {
    await s.fake.start();
    s.repo = makeRepo();
  });
  afterAll(async () => {
    await s.fake.stop();
    rmSync(s.repo.root, { recursive: true, force: true });
  });
  return s;
}

describe('pull request', () => {
  const s = scene();
  const { fake } = s;

  it('comments once with the breakdown diff, annotates the line and fails the step', async () => {
    const head = push(
      s.repo,
      { 'conf/flink-conf.yaml': GOOD('4096m'), 'jobs/etl/flink-conf.yaml': REFUSED },
      'first',
    );
    const run = await runAction(request(s.repo, fake, 'first', head));

    expect(run.status).toBe(1);
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body).toContain('| Total Process | 1728 MiB | 4096 MiB | **+2368 MiB** |');
    expect(body).toContain('jobs/etl/flink-conf.yaml');
    expect(body).toContain('derivation-failed');
    expect(
      fake.writes().filter((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments')),
    ).toHaveLength(1);
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    expect(run.stdout).toMatch(
      /^::error file=jobs\/etl\/flink-conf\.yaml,line=1,col=1,title=derivation-failed::TaskManager memory configuration failed/m,
    );
    expect(run.stdout).toContain('::error::Flink memory: findings at or above');
    expect(run.outputs.errors).toBe('1');
    expect(run.outputs.configs).toBe('2');
    expect(run.outputs['comment-url']).toBe(
      `https://github.example/pull/7#issuecomment-${fake.comments.get(7)![0].id}`,
    );
    const json = JSON.parse(readFileSync(run.outputs['findings-json'], 'utf8'));
    expect(json.findings).toEqual([
      expect.objectContaining({ ruleId: 'derivation-failed', file: 'jobs/etl/flink-conf.yaml' }),
    ]);
    expect(run.summary).toContain('## ❌ Flink memory: 1 error');
    expect(run.summary).toContain('| Total Process | 1728 MiB | 4096 MiB | **+2368 MiB** |');
    expectNoLeak(run);
  });

  it('updates the same comment after another push instead of adding one', async () => {
    const head = push(s.repo, { 'conf/flink-conf.yaml': GOOD('3072m') }, 'second');
    const run = await runAction(request(s.repo, fake, 'second', head));

    expect(run.status).toBe(1);
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('| Total Process | 1728 MiB | 3072 MiB | **+1344 MiB** |');
    const writes = fake.writes();
    expect(writes.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(
      writes.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${comments[0].id}`)),
    ).toHaveLength(1);
  });

  it('turns the comment into the all-clear when a push fixes everything', async () => {
    const head = push(s.repo, { 'jobs/etl/flink-conf.yaml': GOOD('2048m') }, 'third');
    const run = await runAction(request(s.repo, fake, 'third', head));

    expect(run.status).toBe(0);
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('## ✅ Flink memory: all clear');
    expect(run.outputs.errors).toBe('0');
    expect(run.stdout).not.toContain('::error');
  });
});

describe('fork pull request (read-only token)', () => {
  const s = scene();
  const { fake } = s;
  let head: { workspace: string; sha: string };
  beforeAll(() => {
    fake.options.readOnly = true;
    head = push(
      s.repo,
      { 'conf/flink-conf.yaml': GOOD('4096m'), 'jobs/etl/flink-conf.yaml': REFUSED },
      'fork',
    );
  });

  it('skips every write, keeps annotations and the summary, and reaches the same verdict', async () => {
    const run = await runAction(
      request(s.repo, fake, 'fork', { ...head, payload: prPayload(s.repo, head.sha, 'someone/flink-jobs') }),
    );
    expect(run.status).toBe(1);
    expect(fake.writes()).toEqual([]);
    expect(run.stdout).toMatch(/^::error file=jobs\/etl\/flink-conf\.yaml,line=\d+/m);
    expect(run.summary).toContain('comes from a fork');
    expect(run.summary).toContain('| Total Process | 1728 MiB | 4096 MiB | **+2368 MiB** |');
    expect(run.outputs.errors).toBe('1');
    expectNoLeak(run);
  });

  it('survives writes answered 403 when the payload does not say fork', async () => {
    const run = await runAction(request(s.repo, fake, 'fork-403', head));
    expect(run.status).toBe(1);
    expect(fake.comments.size).toBe(0);
    expect(fake.writes().length).toBeGreaterThan(0);
    expect(run.stdout).toContain('Resource not accessible by integration');
    expect(run.summary).toContain('## ❌ Flink memory: 1 error');
    expect(run.outputs.errors).toBe('1');
    expectNoLeak(run);
  });
});

describe('rate limits', () => {
  const s = scene();
  const { fake } = s;

  it('waits out a short rate limit instead of taking it for a read-only token', async () => {
    const head = push(s.repo, { 'conf/flink-conf.yaml': GOOD('4096m') }, 'rate-limited');
    fake.options.rateLimited = 1;
    const run = await runAction(request(s.repo, fake, 'rate-limited', head));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/GitHub rate limit for (GET|POST)/);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(run.summary).not.toContain('fork');
  });
});

describe('base side without git', () => {
  const s = scene();
  const { fake } = s;

  it('reads the base versions through the contents API when the base commit cannot be fetched', async () => {
    const head = push(s.repo, { 'conf/flink-conf.yaml': GOOD('4096m') }, 'api');
    git(head.workspace, 'remote', 'set-url', 'origin', path.join(s.repo.root, 'missing.git'));
    fake.pullFiles.set(7, [{ filename: 'conf/flink-conf.yaml', status: 'modified' }]);
    fake.contents.set(`${s.repo.base}:conf/flink-conf.yaml`, GOOD('1728m'));
    const run = await runAction(request(s.repo, fake, 'api', head));

    expect(run.status).toBe(0);
    expect(fake.requests.some((r) => r.path === '/repos/acme/flink-jobs/pulls/7/files')).toBe(true);
    expect(
      fake.requests.some(
        (r) =>
          r.path === '/repos/acme/flink-jobs/contents/conf/flink-conf.yaml' &&
          r.query.get('ref') === s.repo.base,
      ),
    ).toBe(true);
    expect(fake.comments.get(7)?.[0].body).toContain(
      '| Total Process | 1728 MiB | 4096 MiB | **+2368 MiB** |',
    );
  });
});

describe('base side without git or the pull request file list', () => {
  const s = scene();
  const { fake } = s;

  it('compares the head config files with their base versions from the contents API', async () => {
    const workspace = path.join(s.repo.root, 'plain');
    writeFiles(workspace, {
      'conf/flink-conf.yaml': GOOD('4096m'),
      'jobs/etl/flink-conf.yaml': GOOD('2048m'),
    });
    fake.contents.set(`${s.repo.base}:conf/flink-conf.yaml`, GOOD('1728m'));
    fake.contents.set(`${s.repo.base}:jobs/etl/flink-conf.yaml`, GOOD('2048m'));
    const run = await runAction(request(s.repo, fake, 'plain', { workspace, sha: 'f'.repeat(40) }));

    expect(run.status).toBe(0);
    const body = fake.comments.get(7)?.[0].body ?? '';
    expect(body).toContain('| Total Process | 1728 MiB | 4096 MiB | **+2368 MiB** |');
    expect(body).toContain('1 config changed by this pull request');
    expect(body).not.toContain('jobs/etl/flink-conf.yaml');
  });
});

describe('many findings', () => {
  const s = scene();
  const { fake } = s;
  let head: { workspace: string; sha: string };
  beforeAll(() => {
    const files = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `jobs/job-${String(i).padStart(2, '0')}/flink-conf.yaml`,
        REFUSED,
      ]),
    );
    head = push(s.repo, files, 'many');
  });

  it('annotates through the Checks API in batches of 50', async () => {
    const run = await runAction(
      request(s.repo, fake, 'many', { ...head, eventName: 'push', payload: { ref: 'refs/heads/feature' } }),
    );
    expect(run.status).toBe(1);
    expect(fake.checkRuns).toHaveLength(1);
    const [check] = fake.checkRuns;
    expect(check.head_sha).toBe(head.sha);
    expect(check.annotations).toHaveLength(60);
    expect(check.status).toBe('completed');
    expect(check.conclusion).toBe('failure');
    const checkWrites = fake.writes().filter((r) => r.path.includes('/check-runs'));
    expect(
      checkWrites.map((r): [string, number] => [r.method, (r.body.output.annotations as unknown[]).length]),
    ).toEqual([
      ['POST', 50],
      ['PATCH', 10],
    ]);
    expect(run.stdout).not.toMatch(/^::error file=/m);
  });

  it('falls back to workflow commands and says how many were not shown when check runs are denied', async () => {
    fake.options.noChecks = true;
    const run = await runAction(
      request(s.repo, fake, 'many-commands', {
        ...head,
        eventName: 'push',
        payload: { ref: 'refs/heads/feature' },
      }),
    );
    expect(run.status).toBe(1);
    expect(run.stdout.match(/^::error file=/gm)).toHaveLength(10);
    expect(run.summary).toContain('50 findings not annotated');
  });
});

describe('scheduled audit', () => {
  const s = scene();
  const { fake } = s;

  const audit = (name: string, head: { workspace: string; sha: string }) =>
    runAction(
      request(s.repo, fake, name, {
        ...head,
        eventName: 'schedule',
        payload: { schedule: '0 3 * * 1' },
        inputs: { 'audit-issue': 'true', 'sarif-file': 'reports/flink.sarif' },
      }),
    );

  it('opens the audit issue while there are findings and closes it once they are gone', async () => {
    const bad = await audit('audit-1', push(s.repo, { 'jobs/etl/flink-conf.yaml': REFUSED }, 'audit-1'));
    expect(bad.status).toBe(1);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]).toMatchObject({ state: 'open', labels: [{ name: 'flink-memory-audit' }] });
    expect(fake.issues[0].title).toBe('Flink memory audit: 1 error');
    expect(fake.issues[0].body).toContain('jobs/etl/flink-conf.yaml');
    expect(bad.summary).toContain('## ❌ Flink memory: 1 error');
    const sarif = JSON.parse(readFileSync(path.join(s.repo.root, 'ws-audit-1/reports/flink.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(JSON.stringify(sarif.runs[0].results)).toContain('jobs/etl/flink-conf.yaml');
    expect(bad.outputs['sarif-file']).toBe(path.join(s.repo.root, 'ws-audit-1/reports/flink.sarif'));

    const again = await audit('audit-2', push(s.repo, { 'conf/flink-conf.yaml': GOOD('2g') }, 'audit-2'));
    expect(again.status).toBe(1);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0].state).toBe('open');

    const clean = await audit(
      'audit-3',
      push(s.repo, { 'jobs/etl/flink-conf.yaml': GOOD('2048m') }, 'audit-3'),
    );
    expect(clean.status).toBe(0);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(fake.issues[0].title).toBe('Flink memory audit: all clear');
  });
});

describe('quiet pull requests', () => {
  const s = scene();
  const { fake } = s;

  it('leaves the pull request alone when there is nothing to say', async () => {
    const head = push(s.repo, { 'README.md': '# jobs\n' }, 'docs-only');
    const run = await runAction(request(s.repo, fake, 'docs-only', head));
    expect(run.status).toBe(0);
    expect(fake.writes()).toEqual([]);
    expect(run.outputs.configs).toBe('2');
    expect(run.summary).toContain('## ✅ Flink memory: all clear');
  });

  it('with only-changed, judges only the configs in files the pull request touches', async () => {
    commit(s.repo.author, { 'jobs/etl/flink-conf.yaml': REFUSED }, 'refused-on-main');
    git(s.repo.author, 'push', '-q', 'origin', 'HEAD:main');
    s.repo.base = git(s.repo.author, 'rev-parse', 'HEAD');
    const head = push(s.repo, { 'conf/flink-conf.yaml': GOOD('2g') }, 'only-changed');
    const everything = await runAction(request(s.repo, fake, 'all-configs', head));
    expect(everything.status).toBe(1);
    const touched = await runAction(
      request(s.repo, fake, 'only-changed', { ...head, inputs: { 'only-changed': 'true' } }),
    );
    expect(touched.status).toBe(0);
    expect(touched.outputs).toMatchObject({ configs: '1', errors: '0' });
    expect(fake.comments.get(7)?.[0].body).toContain(
      '| Total Process | 1728 MiB | 2048 MiB | **+320 MiB** |',
    );
  });
});
