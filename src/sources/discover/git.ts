import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

/**
 * Options in front of every git command: a git config may name hooks, an fsmonitor program, a
 * pager or an external diff, and none must ever run. Filter and textconv drivers are kept out by
 * how git is asked (see git-revision.ts): never about work-tree content, `--no-textconv`.
 */
export const SAFE_GIT: readonly string[] = [
  '--no-pager',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.pager=cat',
  '-c',
  'diff.external=',
];

/** The environment of every git command: never prompting, never paging, never taking optional locks. */
export const GIT_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  GIT_EXTERNAL_DIFF: '',
};

/**
 * Runs git with an argument array (no shell), never prompting and never running hooks or
 * external diff/textconv drivers, so nothing from the repository is executed.
 */
export function git(
  args: readonly string[],
  cwd: string,
  timeoutMs = 60_000,
  maxBuffer = 64 << 20,
): Promise<GitResult> {
  return new Promise((resolve) => {
    // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
    process.getBuiltinModule('node:child_process').execFile(
      'git',
      [...SAFE_GIT, ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer,
        timeout: timeoutMs,
        env: { ...process.env, ...GIT_ENV },
      },
      (error, stdout, stderr) => {
        resolve({ ok: !error, stdout, stderr: stderr.toString('utf8').trim() });
      },
    );
  });
}

/** One file the change touches: where it is now and where it was on the base side. */
export interface TouchedFile {
  path: string;
  /** The base side's path: differs for renames, absent for added files. */
  basePath?: string;
}

/** Parses `git diff --name-status -z` output (renames and copies carry two paths). */
export function parseNameStatus(output: string): TouchedFile[] {
  const fields = output.split('\0');
  const files: TouchedFile[] = [];
  for (let i = 0; i + 1 < fields.length;) {
    const status = fields[i];
    if (status === '') break;
    if (status.startsWith('R') || status.startsWith('C')) {
      files.push({ path: fields[i + 2], basePath: status.startsWith('R') ? fields[i + 1] : undefined });
      i += 3;
    } else {
      const path = fields[i + 1];
      files.push({ path, basePath: status === 'A' ? undefined : path });
      i += 2;
    }
  }
  return files;
}

/**
 * How many files git tracks in the work tree holding `dir`, from the header of its index (12
 * bytes: `DIRC`, version, entry count), without running git: a run sizes itself by it before
 * listing. Undefined outside a work tree or for an index it does not know.
 */
export function trackedFileCount(dir: string): number | undefined {
  const dotGit = dotGitOf(dir);
  if (!dotGit) return undefined;
  let gitDir: string | undefined;
  try {
    gitDir = statSync(dotGit).isDirectory()
      ? dotGit
      : /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
  return gitDir ? indexEntries(path.resolve(path.dirname(dotGit), gitDir, 'index')) : undefined;
}

/**
 * The `.git` folder or file of the work tree holding `dir`, as git finds it: in `dir` or the
 * nearest folder above. Undefined where there is none, and git would find no work tree either
 * unless told where one is (`GIT_DIR`, `GIT_WORK_TREE`).
 */
export function dotGitOf(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const dotGit = path.join(at, '.git');
    if (existsSync(dotGit)) return dotGit;
    if (path.dirname(at) === at) return undefined;
  }
}

function indexEntries(file: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const header = Buffer.alloc(12);
    if (readSync(fd, header, 0, 12, 0) < 12 || header.toString('latin1', 0, 4) !== 'DIRC') return undefined;
    return header.readUInt32BE(8);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
