import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepare } from '../../src/engine/index.js';
import { parseBaseline } from '../../src/policy/baseline.js';
import { loadSettings, SETTINGS_FILE } from '../../src/policy/settings.js';
import { MAX_FILE_BYTES } from '../../src/sources/discover/discover.js';
import { YAML_LIMITS } from '../../src/sources/yaml/document.js';

// The run's own inputs dropped in hostile: a problem each, never a hang or an internal error.

describe('hostile settings and baseline files', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-setup-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function folder(name: string, make: (dir: string) => void): string {
    const dir = path.join(root, name);
    mkdirSync(dir);
    make(dir);
    return dir;
  }

  it.each([
    [
      'a named pipe',
      (dir: string) => execFileSync('mkfifo', [path.join(dir, SETTINGS_FILE)]),
      'A named pipe (FIFO), not a regular file; not read',
    ],
    [
      'a folder',
      (dir: string) => mkdirSync(path.join(dir, SETTINGS_FILE)),
      'A folder, not a regular file; not read',
    ],
    [
      'too large',
      (dir: string) => writeFileSync(path.join(dir, SETTINGS_FILE), `#${'x'.repeat(MAX_FILE_BYTES)}\n`),
      `${MAX_FILE_BYTES + 2} bytes, above the ${MAX_FILE_BYTES}-byte limit; not read`,
    ],
    [
      'nested 10,000 deep',
      (dir: string) => writeFileSync(path.join(dir, SETTINGS_FILE), `parameters: ${'['.repeat(10_000)}\n`),
      `not valid YAML: Collections nest deeper than ${YAML_LIMITS.maxDepth} levels at line 1, column ${12 + YAML_LIMITS.maxDepth}; the YAML document is not read`,
    ],
    [
      'two documents',
      (dir: string) =>
        writeFileSync(path.join(dir, SETTINGS_FILE), 'flinkVersion: "1.18"\n---\nflinkVersion: "1.19"\n'),
      'not valid YAML: more than one YAML document',
    ],
  ] as const)('settings file %s: a problem, the defaults used', (name, make, message) => {
    const dir = folder(name.replace(/\W/g, '-'), make);
    const { settings, problems } = loadSettings(dir);
    expect(settings.flinkVersion).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: SETTINGS_FILE, message })]);
  });

  it('settings: 100,000 parameters read in linear time', () => {
    const dir = folder('many', (d) =>
      writeFileSync(
        path.join(d, SETTINGS_FILE),
        `parameters:\n${Array.from({ length: 60_000 }, (_, i) => `  p${i}: 1`).join('\n')}\n  p9: 2\n`,
      ),
    );
    const started = Date.now();
    const { problems } = loadSettings(dir);
    expect(problems).toEqual([
      expect.objectContaining({ line: 60_002, message: expect.stringContaining('Map keys must be unique') }),
    ]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a baseline that is a named pipe or a device is left out with a problem, not read', () => {
    const dir = folder('baseline-pipe', (d) => {
      execFileSync('mkfifo', [path.join(d, 'base.json')]);
      writeFileSync(path.join(d, SETTINGS_FILE), 'baseline: base.json\nflinkVersion: "1.18"\n');
    });
    const { settings, problems } = loadSettings(dir);
    expect(settings).toEqual(expect.objectContaining({ flinkVersion: '1.18', baseline: undefined }));
    expect(problems).toEqual([
      {
        file: SETTINGS_FILE,
        message: 'baseline base.json: A named pipe (FIFO), not a regular file; not read',
      },
    ]);
    symlinkSync('/dev/zero', path.join(dir, 'zero.json'));
    writeFileSync(path.join(dir, SETTINGS_FILE), 'baseline: zero.json\n');
    expect(loadSettings(dir).problems).toEqual([
      expect.objectContaining({
        message: 'baseline zero.json: A symbolic link out of the workspace; not followed',
      }),
    ]);
  });

  // Paths the settings file names, and the settings file itself, lead nowhere outside the workspace.
  it.each([
    ['policies: [/etc]', 'policies "/etc" is an absolute path'],
    ['policies: [../../..]', 'policies "../../.." leads out of the workspace'],
    ['baseline: /proc/self/environ', 'baseline "/proc/self/environ" is an absolute path'],
    ['baseline: ../../../../etc/passwd', 'baseline "../../../../etc/passwd" leads out of the workspace'],
    ['policies: [linked-out]', 'policies linked-out: A symbolic link out of the workspace; not followed'],
    ['baseline: passwd.json', 'baseline passwd.json: A symbolic link out of the workspace; not followed'],
  ])('settings %s: refused, nothing read', (line, message) => {
    const dir = folder(`confined-${line.replace(/\W+/g, '-')}`, (d) => {
      symlinkSync('/etc', path.join(d, 'linked-out'));
      symlinkSync('/etc/passwd', path.join(d, 'passwd.json'));
      writeFileSync(path.join(d, SETTINGS_FILE), `${line}\nflinkVersion: "1.18"\n`);
    });
    const { settings, problems } = loadSettings(dir);
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringContaining(message) })]);
    expect(settings).toEqual(
      expect.objectContaining({ flinkVersion: '1.18', policyDirs: [], baseline: undefined }),
    );
  });

  it('a settings file that is a symlink out of the workspace is not read', () => {
    const outside = folder('outside-settings', (d) =>
      writeFileSync(path.join(d, 'x.yaml'), 'flinkVersion: "1.18"\n'),
    );
    const dir = folder('linked-settings', (d) =>
      symlinkSync(path.join(outside, 'x.yaml'), path.join(d, SETTINGS_FILE)),
    );
    const { settings, problems } = loadSettings(dir);
    expect(settings.flinkVersion).toBeUndefined();
    expect(problems).toEqual([
      { file: SETTINGS_FILE, message: 'A symbolic link out of the workspace; not followed' },
    ]);
  });

  it('a baseline that is not JSON is named, its text never quoted', async () => {
    const dir = folder('baseline-text', (d) => {
      writeFileSync(path.join(d, 'base.json'), 'SECRET=hunter2\nroot:x:0:0\n');
      writeFileSync(path.join(d, SETTINGS_FILE), 'baseline: base.json\n');
    });
    const { notices } = await prepare({ cwd: dir, paths: ['.'] });
    expect(notices).toEqual([
      {
        code: 'baseline-invalid',
        message: 'baseline base.json not used: base.json: not a valid baseline (not valid JSON)',
      },
    ]);
  });

  it('a baseline whose findings have no fingerprint is refused with a message, not an internal error', () => {
    expect(() => parseBaseline('{"version":1,"findings":[{"fingerprint":"ab"},null]}', 'b.json')).toThrow(
      'b.json: findings[1] has no fingerprint string',
    );
    expect(() => parseBaseline('{"version":1,"findings":[{"fingerprint":{"a":1}}]}', 'b.json')).toThrow(
      'b.json: findings[0] has no fingerprint string',
    );
    expect(
      parseBaseline('{"version":1,"tool":"t","findings":[{"fingerprint":"ab"}]}', 'b.json').findings,
    ).toHaveLength(1);
  });
});
