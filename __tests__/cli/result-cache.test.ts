// What `lint` keeps of each file between runs (src/engine/result-cache.ts), seen from outside: the
// bundled CLI run as a child process over a git repository, its cache in a temporary
// XDG_CACHE_HOME. Every run with the cache must report exactly what a run without it reports,
// whatever changed in between. Needs `npm run build`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/trees/compose-mounted');
/** Longer than the cache waits before it trusts a file's times (a write within it may go unseen). */
const SETTLE_MS = 2100;

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

describe('lint keeps what it learnt of each file, and a report never depends on it', () => {
  let dir: string;
  let repo: string;
  let xdg: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'fml-result-cache-'));
    repo = path.join(dir, 'repo');
    xdg = path.join(dir, 'xdg');
    cpSync(FIXTURE, repo, { recursive: true });
    rmSync(path.join(repo, 'expected.json'));
    mkdirSync(path.join(repo, 'app'));
    // Not Flink: ruled out on its text, and kept as such.
    writeFileSync(path.join(repo, 'app/service.yaml'), 'replicaCount: 3\nimage:\n  tag: 1.2.3\n');
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'tree'],
    ])
      spawnSync('git', args, { cwd: repo });
    // Untracked: listed by git's walk of the work tree, after the tracked files.
    writeFileSync(path.join(repo, 'app/flink-conf.yaml'), 'taskmanager.memory.process.size: 1728m\n');
    await settle();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lint = (...flags: string[]) => {
    const child = spawnSync(
      process.execPath,
      [CLI, 'lint', '--format', 'json', '--fail-on', 'never', '--verbose', ...flags, '.'],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: xdg } },
    );
    expect(child.status).toBe(0);
    const verbose = /^verbose: .*$/m.exec(child.stderr)?.[0] ?? '';
    return {
      report: child.stdout,
      unchanged: /(\d+) unchanged since the last run/.exec(verbose)?.[1],
      reused: verbose.includes('the last report reused'),
      verbose,
    };
  };
  /** A run with the cache, and one without: the same report. */
  const both = () => {
    const cached = lint();
    const fresh = lint('--no-cache');
    expect(fresh.unchanged).toBeUndefined();
    expect(cached.report).toBe(fresh.report);
    return cached;
  };
  const findings = (report: string) =>
    (JSON.parse(report) as { findings: { ruleId: string; file: string; line: number }[] }).findings.map(
      (f) => `${f.ruleId} ${f.file}:${f.line}`,
    );
  const results = () =>
    readdirSync(path.join(xdg, 'flink-memory-lint')).filter((f) => f.startsWith('lint-results-'));

  it('reads every file once, then only looks at them, with the same report', () => {
    const first = both();
    expect(first.unchanged).toBe('0');
    expect(results()).toHaveLength(1);
    expect(findings(first.report)).toContain('process-exceeds-container conf/flink-conf.yaml:3');
    const second = both();
    // flink-conf.yaml twice (conf/ and app/), docker-compose.yml, service.yaml.
    expect(second.unchanged).toBe('4');
    expect(second.verbose).toMatch(/4 files listed by name, 1 ruled out on their text/);
    // Nothing changed since the last run: its report is this one's, nothing read, linked or judged.
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
  });

  it("writes what it wrote for the same report, with this run's settings notices, in every format", () => {
    // The settings file left out of the listing: it changes, and no listed file does.
    const settings = path.join(repo, '.flink-memory-lint.yaml');
    const unlisted = (...flags: string[]) => lint('--exclude', '.flink-memory-lint.yaml', ...flags);
    const before = results();
    unlisted();
    // Its own cache file (other listing options), taken away at the end.
    const own = results().filter((file) => !before.includes(file));
    expect(own).toHaveLength(1);
    // The settings say something of themselves (a notice): judged again once (the settings are
    // judging's key), then the report is reused, with the notice.
    writeFileSync(settings, 'no-such-setting: 1\n');
    expect(unlisted().report).toBe(unlisted('--no-cache').report);
    const noticed = unlisted();
    expect(noticed.reused).toBe(true);
    expect(noticed.report).toBe(unlisted('--no-cache').report);
    expect(noticed.report).toContain('settings-invalid');
    rmSync(settings);
    expect(unlisted().report).toBe(unlisted('--no-cache').report);
    const quiet = unlisted();
    expect(quiet.reused).toBe(true);
    expect(quiet.report).toBe(unlisted('--no-cache').report);
    expect(quiet.report).not.toContain('settings-invalid');
    rmSync(path.join(xdg, 'flink-memory-lint', own[0]));
    const run = (...flags: string[]) =>
      spawnSync(process.execPath, [CLI, 'lint', '--fail-on', 'never', ...flags, '.'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: xdg },
      }).stdout;
    for (const format of ['text', 'sarif', 'markdown', 'json']) {
      const out = path.join(dir, `out.${format}`);
      const written = (...flags: string[]) => {
        run('--format', `${format}:${out}`, ...flags);
        return readFileSync(out, 'utf8');
      };
      const fresh = written('--no-cache');
      expect(fresh.length).toBeGreaterThan(100);
      // Rendered and kept, then written as kept: to a file, and to standard output.
      expect(written()).toBe(fresh);
      expect(written()).toBe(fresh);
      const stdout = run('--format', format, '--no-cache');
      expect(run('--format', format)).toBe(stdout);
      expect(run('--format', format)).toBe(stdout);
    }
    // What was kept cut short (a disk that filled up while another tool wrote it): rendered again.
    const folder = path.join(xdg, 'flink-memory-lint');
    const kept = readdirSync(folder).filter((file) => file.startsWith('lint-rendered-'));
    expect(kept.length).toBeGreaterThanOrEqual(8);
    for (const file of kept) {
      const whole = readFileSync(path.join(folder, file));
      writeFileSync(path.join(folder, file), whole.subarray(0, whole.length - 1));
    }
    expect(run('--format', 'json')).toBe(run('--format', 'json', '--no-cache'));
  });

  it('keeps what it learnt outside git too, the tree listed by its folders', async () => {
    const plain = path.join(dir, 'plain');
    cpSync(repo, plain, { recursive: true, filter: (source) => path.basename(source) !== '.git' });
    await settle();
    const run = (...flags: string[]) => {
      const child = spawnSync(
        process.execPath,
        [CLI, 'lint', '--format', 'json', '--fail-on', 'never', '--verbose', ...flags, '.'],
        { cwd: plain, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: xdg } },
      );
      return { report: child.stdout, verbose: child.stderr };
    };
    const fresh = run('--no-cache').report;
    expect(fresh).toContain('conf/flink-conf.yaml');
    expect(run().verbose).toMatch(/ 0 unchanged since the last run/);
    const again = run();
    expect(again.verbose).toMatch(/the last report reused/);
    expect(again.report).toBe(fresh);
    const conf = path.join(plain, 'conf/flink-conf.yaml');
    writeFileSync(conf, readFileSync(conf, 'utf8').replace('process.size: 2048m', 'process.size: 2049m'));
    const changed = run();
    expect(changed.verbose).not.toMatch(/the last report reused/);
    expect(changed.report).toContain('2049m');
    expect(changed.report).toBe(run('--no-cache').report);
    rmSync(plain, { recursive: true });
  });

  it('lints again when a file is added to the tree or taken from it', async () => {
    const added = path.join(repo, 'app/more/flink-conf.yaml');
    mkdirSync(path.dirname(added));
    writeFileSync(added, 'taskmanager.memory.process.size: 1g\n');
    await settle();
    const after = both();
    expect(after.reused).toBe(false);
    expect(after.report).toContain('app/more/flink-conf.yaml');
    expect(both().reused).toBe(true);
    rmSync(path.dirname(added), { recursive: true });
    const removed = both();
    expect(removed.reused).toBe(false);
    expect(removed.report).not.toContain('app/more/flink-conf.yaml');
  });

  it("lints again when a file the links read outside the listing changes (a compose project's .env)", async () => {
    const compose = path.join(repo, 'docker-compose.yml');
    const text = readFileSync(compose, 'utf8');
    writeFileSync(compose, text.replace('mem_limit: 1024m', 'mem_limit: ${TM_LIMIT:-1024m}'));
    await settle();
    lint();
    const before = both();
    expect(before.reused).toBe(true);
    expect(findings(before.report)).toContain('process-exceeds-container conf/flink-conf.yaml:3');
    // Not a YAML file: never listed, read only for the compose file's variables.
    writeFileSync(path.join(repo, '.env'), 'TM_LIMIT=4096m\n');
    const after = both();
    expect(after.reused).toBe(false);
    expect(findings(after.report)).not.toContain('process-exceeds-container conf/flink-conf.yaml:3');
    await settle();
    lint();
    expect(both().reused).toBe(true);
    rmSync(path.join(repo, '.env'));
    expect(findings(both().report)).toContain('process-exceeds-container conf/flink-conf.yaml:3');
    writeFileSync(compose, text);
  });

  it('judges a config again when a file it runs in changes, though the config itself did not', async () => {
    const before = findings(lint().report);
    const compose = path.join(repo, 'docker-compose.yml');
    // The same size: only the file's times tell.
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('mem_limit: 1024m', 'mem_limit: 4096m'));
    const after = both();
    // The compose file was just written: read again, the rest taken from the cache.
    expect(after.unchanged).toBe('3');
    expect(before).toContain('process-exceeds-container conf/flink-conf.yaml:3');
    expect(findings(after.report)).not.toContain('process-exceeds-container conf/flink-conf.yaml:3');
    // Once its times are old enough to tell a later write, the next run keeps it; the one after reads nothing.
    await settle();
    expect(lint().unchanged).toBe('3');
    expect(both().unchanged).toBe('4');
  });

  it('judges every config again under other settings', () => {
    const before = lint();
    const rule = findings(before.report)[0].split(' ')[0];
    writeFileSync(path.join(repo, '.flink-memory-lint.yaml'), `rules:\n  ${rule}: off\n`);
    const after = both();
    expect(findings(after.report).some((f) => f.startsWith(`${rule} `))).toBe(false);
    // Loading holds: no file is read again for the settings.
    expect(after.unchanged).toBe('4');
    rmSync(path.join(repo, '.flink-memory-lint.yaml'));
    expect(both().report).toBe(before.report);
  });

  it('reads a changed config again, whatever its size', () => {
    const conf = path.join(repo, 'conf/flink-conf.yaml');
    const text = readFileSync(conf, 'utf8');
    writeFileSync(
      conf,
      text.replace('taskmanager.memory.process.size: 2048m', 'taskmanager.memory.process.size: 2049m'),
    );
    const after = both();
    expect(after.report).toContain('2049m');
    writeFileSync(conf, text);
  });

  it('reads every file when the cache file is not one it can read', () => {
    // Every tree's and listing's cache file, as each is found when its run begins.
    const spoil = (bytes: (whole: Buffer) => Buffer | string) => {
      for (const file of results()) {
        const at = path.join(xdg, 'flink-memory-lint', file);
        writeFileSync(at, bytes(readFileSync(at)));
      }
    };
    // Cut short (a disk that filled up while another tool wrote it).
    spoil((whole) => whole.subarray(0, whole.length - 1));
    expect(both().unchanged).toBe('0');
    spoil(() => 'not a cache');
    expect(both().unchanged).toBe('0');
    spoil(() => Buffer.alloc(64, 0xff));
    expect(both().unchanged).toBe('0');
  });

  it("keeps the base revision's files by their git object id: lint --base reports the same", () => {
    const conf = path.join(repo, 'conf/flink-conf.yaml');
    const text = readFileSync(conf, 'utf8');
    writeFileSync(conf, text.replace('process.size: 2048m', 'process.size: 4096m'));
    const base = (...flags: string[]) =>
      spawnSync(
        process.execPath,
        [CLI, 'lint', '--base', 'HEAD', '--format', 'json', '--fail-on', 'never', ...flags, '.'],
        { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: xdg } },
      ).stdout;
    const fresh = base('--no-cache');
    // The comparison holds the base's 2048m beside the work tree's 4096m.
    expect(fresh).toContain('2048');
    expect(fresh).toContain('4096');
    const before = results().length;
    expect(base()).toBe(fresh);
    // The base side's own cache file, beside the work tree's.
    expect(results()).toHaveLength(before + 1);
    expect(base()).toBe(fresh);
    writeFileSync(conf, text);
  });

  it('a folder moved out of the tree and linked back is refused as a run without the cache refuses it', async () => {
    await settle();
    both();
    const outside = path.join(dir, 'moved-conf');
    renameSync(path.join(repo, 'conf'), outside);
    symlinkSync(outside, path.join(repo, 'conf'));
    // The config's file is the same file (same inode, same times), now reached through a link out of the tree.
    const after = both();
    expect(after.report).toContain('symlink-outside-root');
    expect(after.report).not.toContain('conf/flink-conf.yaml:3');
  });
});
