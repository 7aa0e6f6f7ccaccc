import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The bundle under test; ACTION_BUNDLE points at another build (e.g. one made outside the tree). */
export const ACTION_BUNDLE = process.env.ACTION_BUNDLE ?? path.join(repoRoot, 'dist/index.js');

export function assertBundleBuilt(): void {
  if (!existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing: run 'npm run build' first`);
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
}

/** Writes files (path → text) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** Commits the files on the current branch and gives the commit. */
export function commit(dir: string, files: Record<string, string>, message: string): string {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  // No automatic gc in a test repository: a commit of thousands of files would start one.
  git(dir, '-c', 'gc.auto=0', 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A bare origin and an author clone, with a base commit on main and a feature branch checked out. */
export interface PullRequestRepo {
  root: string;
  origin: string;
  author: string;
  base: string;
}

export function makePullRequestRepo(files: Record<string, string>, prefix = 'fml-action-'): PullRequestRepo {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const origin = path.join(root, 'origin.git');
  const author = path.join(root, 'author');
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  git(root, 'init', '-q', '-b', 'main', author);
  const base = commit(author, files, 'base');
  git(author, 'remote', 'add', 'origin', origin);
  git(author, 'push', '-q', 'origin', 'main');
  git(author, 'checkout', '-q', '-b', 'feature');
  return { root, origin, author, base };
}

/** Pushes a commit to the feature branch and checks it out shallowly, as actions/checkout does. */
export function pushFeature(
  repo: PullRequestRepo,
  files: Record<string, string>,
  name: string,
): { workspace: string; sha: string } {
  const sha = commit(repo.author, files, name);
  git(repo.author, 'push', '-q', '-f', 'origin', 'feature');
  const workspace = path.join(repo.root, `ws-${name}`);
  git(repo.root, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.origin}`, workspace);
  return { workspace, sha };
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** Parses the `name<<delimiter` blocks `@actions/core` writes to `GITHUB_OUTPUT`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

export interface RunRequest {
  workspace: string;
  /** Where the runner's files go (event, outputs, summary, temp). */
  runnerDir: string;
  apiUrl: string;
  eventName: string;
  payload: unknown;
  sha: string;
  inputs?: Record<string, string>;
  /** More environment variables (e.g. `FLINK_MEMORY_LINT_API_TIMEOUT_MS`). */
  env?: Record<string, string>;
  token?: string;
}

/** Runs the bundled action as GitHub runs it: a Node process with the runner's environment. */
export async function runAction(request: RunRequest): Promise<ActionRun> {
  const { runnerDir } = request;
  mkdirSync(runnerDir, { recursive: true });
  const files = {
    event: path.join(runnerDir, 'event.json'),
    output: path.join(runnerDir, 'output.txt'),
    summary: path.join(runnerDir, 'summary.md'),
    temp: path.join(runnerDir, 'temp'),
  };
  mkdirSync(files.temp, { recursive: true });
  writeFileSync(files.event, JSON.stringify(request.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs = { 'github-token': request.token ?? 'ghs_secret-token-value', ...request.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: request.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: `${request.apiUrl}/graphql`,
    GITHUB_REPOSITORY: 'acme/flink-jobs',
    GITHUB_EVENT_NAME: request.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: request.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: request.workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...request.env,
  };
  const started = Date.now();
  const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: request.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    durationMs: Date.now() - started,
  };
}
