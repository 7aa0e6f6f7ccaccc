import { resolveCommit } from '../sources/index.js';
import { describeError } from './api-errors.js';
import { git } from '../sources/index.js';
import type { GitHubClient, RepoRef } from './octokit.js';

/** What a pull request changed in one file, on the head side. */
export interface FileChanges {
  /** Lines the pull request added or changed (1-based, head side). */
  added: Set<number>;
  /** Head-side line ranges of the diff's hunks, context included: a comment range must sit in one. */
  hunks: Array<{ start: number; end: number }>;
}

/** Head path → what changed there. */
export type ChangedLines = Map<string, FileChanges>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Reads the hunks of one file's unified diff (a pull request file's `patch`, or a section of `git diff`). */
export function parsePatch(patch: string, into: FileChanges = { added: new Set(), hunks: [] }): FileChanges {
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) into.hunks.push({ start: line, end: line + count - 1 });
      continue;
    }
    if (line === 0) continue;
    if (text.startsWith('+')) into.added.add(line++);
    else if (text.startsWith(' ')) line++;
    // '-' lines are base only; '\' is "No newline at end of file".
  }
  return into;
}

/** A path as git writes it after `+++ b/`, C-quoted where it holds unusual characters. */
function diffPath(written: string): string | undefined {
  // Git ends a path that holds a space with a tab.
  const raw = written.replace(/\t$/, '');
  const quoted = raw.startsWith('"');
  let text = raw;
  if (quoted) {
    try {
      text = JSON.parse(raw) as string;
    } catch {
      return undefined;
    }
  }
  return text.startsWith('b/') ? text.slice(2) : undefined;
}

/** Parses `git diff` output of many files into changed lines per head path. */
function parseGitDiff(output: string): ChangedLines {
  const files: ChangedLines = new Map();
  let current: FileChanges | undefined;
  let section: string[] = [];
  const flush = () => {
    if (current) parsePatch(section.join('\n'), current);
    section = [];
  };
  for (const text of output.split('\n')) {
    if (text.startsWith('diff --git ')) {
      flush();
      current = undefined;
      continue;
    }
    if (text.startsWith('+++ ') && !current) {
      const file = diffPath(text.slice(4));
      if (file !== undefined) files.set(file, (current = { added: new Set(), hunks: [] }));
      continue;
    }
    if (current) section.push(text);
  }
  flush();
  return files;
}

export interface ChangedLinesRequest {
  /** The checked-out head. */
  cwd: string;
  baseRef: string;
  api?: { client: GitHubClient; repo: RepoRef; pullNumber: number };
  log: (message: string) => void;
}

/**
 * The lines a pull request added or changed: from git between the merge base (else the base
 * commit) and HEAD, as GitHub shows the pull request; from the pull request's files API when
 * the base is out of reach. Undefined when neither can tell.
 */
export async function changedLines(request: ChangedLinesRequest): Promise<ChangedLines | undefined> {
  const { cwd, log } = request;
  const base = await resolveCommit(cwd, request.baseRef, { fetch: true });
  if (base) {
    const mergeBase = await git(['merge-base', base, 'HEAD'], cwd);
    const from = mergeBase.ok ? mergeBase.stdout.toString('utf8').trim() : base;
    const diff = await git(
      [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '-M',
        '--relative',
        '-U3',
        from,
        'HEAD',
        '--',
      ],
      cwd,
    );
    if (diff.ok) return parseGitDiff(diff.stdout.toString('utf8'));
    log(`git diff against ${from} failed: ${diff.stderr.split('\n')[0]}`);
  }
  const api = request.api;
  if (!api) return undefined;
  try {
    const files = await api.client.paginate(api.client.rest.pulls.listFiles, {
      ...api.repo,
      pull_number: api.pullNumber,
      per_page: 100,
    });
    const changed: ChangedLines = new Map();
    // GitHub leaves out the patch of very large files: no line of those can take a comment.
    for (const file of files) if (file.patch) changed.set(file.filename, parsePatch(file.patch));
    return changed;
  } catch (error) {
    log(`Could not list the pull request's files: ${describeError(error)}`);
    return undefined;
  }
}
