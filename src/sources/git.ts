import { execFile } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

/**
 * Options in front of every git command: a repository's own `.git/config` may name hooks or an
 * fsmonitor program, and neither must ever run.
 */
export const SAFE_GIT: readonly string[] = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];

/** The environment of every git command: never prompting, never taking optional locks. */
export const GIT_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
  GIT_OPTIONAL_LOCKS: '0',
};

/**
 * Runs git with an argument array (no shell), never prompting and never running hooks or
 * external diff/textconv drivers, so nothing from the repository is executed.
 */
export function git(args: readonly string[], cwd: string, timeoutMs = 60_000): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...SAFE_GIT, ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
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
