import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The progress line of `lint` on a terminal, for real: the built bundle in a pseudo-terminal
// (util-linux `script`) over a tree that takes more than a second, and the same run with standard
// error a pipe, where no line may appear.

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const SCRIPT = '/usr/bin/script';
const FILES = 5000;
const LISTED = FILES.toLocaleString('en-US');

/** Single quotes for `sh -c` (the paths are the test's own temporary folders). */
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

(existsSync(SCRIPT) ? describe : describe.skip)('lint progress on standard error', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fml-progress-'));
    for (let i = 0; i < FILES; i++) {
      mkdirSync(path.join(dir, 'tree', `job-${i}`), { recursive: true });
      writeFileSync(
        path.join(dir, 'tree', `job-${i}`, 'flink-conf.yaml'),
        `taskmanager.memory.process.size: ${2048 + (i % 7) * 512}m\njobmanager.memory.process.size: 1600m\nstate.backend.type: hashmap\n`,
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** `lint` with standard error on a terminal (standard output to a file); what the terminal got. */
  function onTerminal(...args: string[]) {
    const out = path.join(dir, 'stdout.txt');
    const command = [process.execPath, CLI, 'lint', ...args, path.join(dir, 'tree')].map(quote).join(' ');
    const started = Date.now();
    const run = spawnSync(SCRIPT, ['-qfec', `${command} > ${quote(out)}`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { terminal: run.stdout, stdout: readFileSync(out, 'utf8'), ms: Date.now() - started };
  }

  /** Each progress line drawn (each follows a carriage return and an erase of the line), as seconds and what. */
  const lines = (terminal: string) =>
    terminal
      .split('\r\u001b[2K')
      .filter((line) => line.startsWith('linting… '))
      .map((line) => {
        const m = /^linting… (\d+)s(?:, (.*))?$/.exec(line);
        return { seconds: m ? Number(m[1]) : NaN, what: m?.[2] ?? line };
      });

  it.each([
    ['one thread, which lets the timer in between its chunks', ['--concurrency', '1']],
    ['several threads, counted from their messages', ['--concurrency', '2']],
  ])('shows a line that counts the files, redrawn and then cleared: %s', (_name, args) => {
    const { terminal, stdout, ms } = onTerminal(...args);
    // The tree is big enough to take over a second: otherwise nothing here is tested.
    expect(ms).toBeGreaterThan(1500);
    expect(stdout).toContain(`${LISTED} Flink configs in ${LISTED} files`);
    expect(stdout).not.toContain('linting');
    const drawn = lines(terminal);
    expect(drawn.length).toBeGreaterThan(0);
    // Seconds and files only ever go up; the files read, then judged.
    const counts = drawn.map(({ what }) => {
      const m = /^([\d,]+)(?: of ([\d,]+))? files read(?:, ([\d,]+) judged)?$/.exec(what);
      expect(m).not.toBeNull();
      const n = (s: string | undefined) => Number((s ?? '0').replace(/,/g, ''));
      return { read: n(m![1]), judged: m![2] ? 0 : n(m![3]) };
    });
    for (let i = 1; i < drawn.length; i++) {
      expect(drawn[i].seconds).toBeGreaterThanOrEqual(drawn[i - 1].seconds);
      expect(counts[i].read).toBeGreaterThanOrEqual(counts[i - 1].read);
      expect(counts[i].judged).toBeGreaterThanOrEqual(counts[i - 1].judged);
    }
    expect(drawn[0].seconds).toBeGreaterThanOrEqual(1);
    for (const c of counts) expect(c.read).toBeLessThanOrEqual(FILES);
    // The last thing on the terminal clears the line: the prompt comes back on an empty line.
    expect(terminal.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('draws nothing where standard error is not a terminal', () => {
    const run = spawnSync(process.execPath, [CLI, 'lint', path.join(dir, 'tree')], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stdout).toContain(`${LISTED} Flink configs in ${LISTED} files`);
    expect(run.stderr).not.toContain('linting');
    expect(run.stderr).not.toContain('\u001b[2K');
  });
});
