import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  ACTION_BUNDLE,
  assertBundleBuilt,
  git,
  makePullRequestRepo,
  runAction,
  type PullRequestRepo,
} from '../helpers/action-run.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { armMechanism, PROGRAM_MECHANISMS } from './programs.js';

// The bundled action and command line on a pull request written to attack them: files outside
// the workspace behind links and settings, markup in names and values, escape sequences, a
// foreign comment carrying the action's marker, git set up to run programs. Nothing outside is
// read or echoed, no marker file appears, the run ends by its findings, and the rendered comment
// holds nothing the repository put there as markup.

const SECRET = 'OUTSIDE-SECRET-7f3a';
const TM = 'taskmanager.memory.process.size';
const HOSTILE_DIR = 'x](https://evil.example)[y';
const VALUE = `@octocat <img src=x onerror=alert(1)> ![i](https://evil.example/i.png) \u001b[31mred :shipit: #1`;

const CLI = path.join(path.dirname(ACTION_BUNDLE), 'cli.js');

describe('the bundled action and command line on a hostile pull request', () => {
  const fake = new FakeGitHub();
  let repo: PullRequestRepo;
  let outside: string;
  let workspace: string;
  let sha: string;

  beforeAll(async () => {
    assertBundleBuilt();
    await fake.start();
    repo = makePullRequestRepo({ 'conf/flink-conf.yaml': `${TM}: 1728m\n` }, 'fml-hostile-action-');
    outside = path.join(repo.root, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'flink-conf.yaml'), `${TM}: 2g\n# ${SECRET}\n`);
    writeFileSync(path.join(outside, 'secret.json'), `${SECRET}\n`);
    writeFileSync(path.join(outside, 'policy.json'), `${SECRET}\n`);
    const files: Record<string, string> = {
      'conf/flink-conf.yaml': `${TM}: 2048m\ntaskmanager.memory.task.heap.size: 4g\nenv.label: "${VALUE}"\n`,
      [`${HOSTILE_DIR}/flink-conf.yaml`]: `${TM}: 1g\ntaskmanager.memory.task.heap.size: 4g\n`,
      'named/flinkdeployment.yaml': `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: "@octocat <b>x</b> [l](https://evil.example)"\nspec:\n  flinkVersion: v1_18\n  flinkConfiguration:\n    ${TM}: "2Gi"\n`,
      '.flink-memory-lint.yaml': `baseline: ../../outside/secret.json\npolicies: [policies, /etc]\n`,
      'policies/evil.json': JSON.stringify({
        id: 'evil',
        severity: 'warning',
        title: '@octocat <img src=x>',
        description: '[click](https://evil.example) <script>alert(1)</script>',
        docs: 'https://evil.example/docs',
        appliesTo: ['taskmanager'],
        message: 'value {entries.env.label.value} @octocat <img src=x> ```',
        locate: ['constructor'],
        require: { properties: { process: { properties: { ok: { const: 'never' } } } } },
      }),
      '.gitattributes': '*.yaml filter=evil diff=evil\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo.author, file)), { recursive: true });
      writeFileSync(path.join(repo.author, file), text);
    }
    symlinkSync(outside, path.join(repo.author, 'deploy'));
    symlinkSync(path.join(outside, 'policy.json'), path.join(repo.author, 'policies/linked.json'));
    git(repo.author, 'add', '-A');
    git(repo.author, 'commit', '-q', '-m', 'hostile');
    git(repo.author, 'push', '-q', '-f', 'origin', 'feature');
    sha = git(repo.author, 'rev-parse', 'HEAD');
    workspace = path.join(repo.root, 'ws');
    git(repo.root, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.origin}`, workspace);
    for (const mechanism of PROGRAM_MECHANISMS)
      armMechanism(workspace, mechanism, path.join(repo.root, 'ran.marker'));
    // Someone else's comments, starting with the action's markers.
    fake.comments.set(7, [
      {
        id: 1,
        body: '<!-- flink-memory-lint:sticky-comment -->\nmine, not the bot’s',
        html_url: 'https://github.example/c/1',
        user: { login: 'mallory', type: 'User' },
      },
    ]);
    fake.reviewComments.push({
      id: 2,
      pull_number: 7,
      review_id: 1,
      path: 'conf/flink-conf.yaml',
      line: 1,
      side: 'RIGHT',
      commit_id: sha,
      body: '<!-- flink-memory-lint:finding rule=evil file=conf%2Fflink-conf.yaml config= key= -->',
      html_url: 'https://github.example/c/2',
      user: { login: 'mallory', type: 'User' },
    });
  }, 120_000);

  afterAll(async () => {
    await fake.stop();
    rmSync(repo.root, { recursive: true, force: true });
  });

  it('the action: nothing outside read or echoed, no program run, only its own comments, markup inert', async () => {
    const run = await runAction({
      workspace,
      runnerDir: path.join(repo.root, 'runner'),
      apiUrl: fake.url,
      eventName: 'pull_request',
      sha,
      inputs: { paths: '.\ndeploy' },
      payload: {
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/flink-jobs' } },
          head: { sha, ref: 'feature', repo: { full_name: 'acme/flink-jobs' } },
        },
      },
    });
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.status).toBe(1);
    expect(run.durationMs).toBeLessThan(60_000);
    const sticky = fake.comments.get(7) ?? [];
    const written = [
      run.stdout,
      run.summary,
      ...sticky.map((c) => c.body),
      ...fake.reviewComments.map((c) => c.body),
    ].join('\n');
    expect(written).not.toContain(SECRET);
    expect(existsSync(path.join(repo.root, 'ran.marker'))).toBe(false);
    // Mallory's comments are as she wrote them; the action wrote its own.
    expect(sticky.find((c) => c.id === 1)?.body).toBe(
      '<!-- flink-memory-lint:sticky-comment -->\nmine, not the bot’s',
    );
    expect(fake.reviewComments.find((c) => c.id === 2)?.body).toContain('rule=evil');
    expect(sticky.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(fake.writes().map((w) => w.path)).not.toContain('/repos/acme/flink-jobs/issues/comments/1');
    expect(fake.writes().map((w) => w.path)).not.toContain('/repos/acme/flink-jobs/pulls/comments/2');
    for (const markdown of [run.summary, ...sticky.filter((c) => c.id !== 1).map((c) => c.body)]) {
      const html = micromark(markdown, {
        extensions: [gfm()],
        htmlExtensions: [gfmHtml()],
        allowDangerousHtml: true,
      });
      expect(html).not.toMatch(/<(?:img|script|b)\b/i);
      expect(html).not.toContain('evil.example"');
      // GitHub links nothing inside code; everywhere else, nothing may be a mention, reference or emoji.
      const text = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]*>/g, '');
      expect(text).not.toMatch(/(^|[^\w\u200b])@octocat|:shipit:|#1\b/);
    }
    // Escape sequences shown, not sent to the terminal; no runner command from repository text:
    // only the action's own annotations and log sections, each a whole line.
    expect(run.stdout).not.toContain('\u001b[31m');
    const commands = run.stdout.split('\n').filter((l) => /^\s*::/.test(l));
    expect(commands.filter((l) => !/^::(error|warning|notice|group|endgroup)[ :]/.test(l))).toEqual([]);
    const groups = commands.filter((l) => l.startsWith('::group::'));
    expect(groups.length).toBeGreaterThan(0);
    expect(commands.filter((l) => l === '::endgroup::')).toHaveLength(groups.length);
    // The hostile names are in the titles as text: no line of theirs became a command of its own.
    expect(groups.some((l) => l.includes('@octocat <b>x</b>'))).toBe(true);
  }, 120_000);

  it('the command line: the same, and a malformed event file is one line', () => {
    const cli = spawnSync(process.execPath, [CLI, 'lint', '--base', repo.base, '.', 'deploy'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    expect(cli.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(cli.status).toBe(1);
    expect(cli.stdout + cli.stderr).not.toContain(SECRET);
    expect(cli.stdout).not.toContain('\u001b[31m');
    expect(existsSync(path.join(repo.root, 'ran.marker'))).toBe(false);

    const eventFile = path.join(repo.root, 'bad-event.json');
    writeFileSync(eventFile, '{"pull_request": ');
    const bad = spawnSync(process.execPath, [ACTION_BUNDLE], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: 'acme/flink-jobs',
      },
    });
    expect(bad.stderr).toBe('');
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n')).toEqual([
      '::error::The event payload (GITHUB_EVENT_PATH) is not a JSON object.',
    ]);
  });
});
