// Reports reach standard output whole however it is read (cli/standard-streams.ts writes with
// blocking writes, and hands over to Node's stream where a pipe was left non-blocking), and a
// reader that stops early ends the run quietly. Needs `npm run build`.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const hasPython = spawnSync('python3', ['-c', '0']).status === 0;

describe('standard output (the built bundle)', () => {
  let root: string;
  let expected: Buffer;
  const lint = `node ${JSON.stringify(CLI)} lint --format json --fail-on never .`;

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('run npm run build first');
    root = mkdtempSync(path.join(tmpdir(), 'fml-stdout-'));
    // Enough configs for a report of several times a pipe's buffer.
    for (let i = 0; i < 200; i++) {
      mkdirSync(path.join(root, `svc-${i}`));
      writeFileSync(
        path.join(root, `svc-${i}`, 'flink-conf.yaml'),
        `taskmanager.memory.process.size: ${1024 + i}m\njobmanager.memory.process.size: 1600m\n`,
      );
    }
    const file = path.join(root, '..', `${path.basename(root)}.json`);
    const written = spawnSync(
      process.execPath,
      [CLI, 'lint', '--format', `json:${file}`, '--fail-on', 'never', '.'],
      {
        cwd: root,
      },
    );
    if (written.status !== 0) throw new Error(`lint exited ${written.status}: ${written.stderr.toString()}`);
    expected = readFileSync(file);
    rmSync(file);
    if (expected.length < 512 * 1024) throw new Error(`a report of ${expected.length} bytes is too small`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a reader that starts late gets every byte the file output holds', () => {
    const r = spawnSync('bash', ['-c', `${lint} | (sleep 0.3; cat)`], { cwd: root, maxBuffer: 64 << 20 });
    expect(r.stderr.toString()).toBe('');
    expect(r.stdout.equals(expected)).toBe(true);
  });

  (hasPython ? describe : describe.skip)('a pipe left non-blocking by its maker', () => {
    test('gets every byte too, through the stream', () => {
      // Python's subprocess passes the pipe as it is; Node's own child processes always get blocking ones.
      const script = [
        'import fcntl, os, subprocess, sys, time',
        'r, w = os.pipe()',
        'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
        `p = subprocess.Popen(${JSON.stringify([process.execPath, CLI, 'lint', '--format', 'json', '--fail-on', 'never', '.'])}, stdout=w)`,
        'os.close(w)',
        'time.sleep(0.5)',
        'with os.fdopen(r, "rb") as f: sys.stdout.buffer.write(f.read())',
        'sys.exit(p.wait())',
      ].join('\n');
      const r = spawnSync('python3', ['-c', script], { cwd: root, maxBuffer: 64 << 20 });
      expect([r.status, r.stderr.toString()]).toEqual([0, '']);
      expect(r.stdout.equals(expected)).toBe(true);
    });
  });

  test("a command's help into a pipe already closed ends quietly", () => {
    const r = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(CLI)} lint --help | true; echo "\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
      },
    );
    expect([r.stdout, r.stderr]).toEqual(['0\n', '']);
  });
});
