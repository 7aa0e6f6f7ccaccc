import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/index.js';
import { POLICY_LIMITS } from '../../src/policy/policy-bounds.js';

// User policies written to hang or crash a run: each is refused or runs in bounded time, the
// run goes on, and no finding points nowhere.

const CONFIG = `taskmanager.memory.process.size: 2g\njobmanager.memory.process.size: 1600m\nenv.label: ${'a'.repeat(32)}!\n`;

/** A valid policy over every entry, with the given parts replaced. */
function policy(id: string, parts: Record<string, unknown>): string {
  return JSON.stringify({
    id,
    severity: 'warning',
    title: id,
    description: 'hostile',
    appliesTo: ['config'],
    forEach: 'entryList',
    message: 'entry {item.key}',
    ...parts,
  });
}

interface HostilePolicy {
  what: string;
  /** File name in the policy folder → content, or a symlink target (`-> target`). */
  files: Record<string, string>;
  /** What the run says of it: a notice naming it, or findings that point at a real line. */
  expect: { refused: RegExp } | { findings: 'located' };
}

const nested = (n: number) => `${'{"not":'.repeat(n)}true${'}'.repeat(n)}`;

const CASES: HostilePolicy[] = [
  {
    what: 'a catastrophically backtracking pattern',
    files: {
      'redos.json': policy('redos', {
        require: { properties: { item: { properties: { value: { pattern: '^(a+)+$' } } } } },
      }),
    },
    expect: { findings: 'located' },
  },
  {
    what: 'a pattern RE2 cannot run (a backreference)',
    files: {
      'backref.json': policy('backref', {
        require: { properties: { item: { properties: { value: { pattern: '^(a)\\1$' } } } } },
      }),
    },
    expect: { refused: /invalid JSON Schema|backref|unsupported|invalid escape/i },
  },
  {
    what: 'require: {$ref: "#"}',
    files: { 'self-ref.json': policy('self-ref', { require: { $ref: '#' } }) },
    expect: { refused: /refers back to itself/ },
  },
  {
    what: 'a $ref loop through $defs',
    files: {
      'ref-loop.json': policy('ref-loop', {
        require: {
          $defs: { a: { anyOf: [{ $ref: '#/$defs/b' }] }, b: { not: { $ref: '#/$defs/a' } } },
          $ref: '#/$defs/a',
        },
      }),
    },
    expect: { refused: /refers back to itself/ },
  },
  {
    what: 'a $ref fan-out (2^40 applications)',
    files: {
      'fan-out.json': policy('fan-out', {
        require: {
          $defs: Object.fromEntries(
            Array.from({ length: 40 }, (_, i) => [
              `d${i}`,
              i === 39
                ? { type: 'object' }
                : { anyOf: [{ $ref: `#/$defs/d${i + 1}` }, { $ref: `#/$defs/d${i + 1}` }] },
            ]),
          ),
          $ref: '#/$defs/d0',
        },
      }),
    },
    expect: { refused: /schema applications/ },
  },
  {
    what: 'a remote $ref',
    files: { 'remote.json': policy('remote', { require: { $ref: 'https://evil.example/schema.json' } }) },
    expect: { refused: /not a place in this schema/ },
  },
  {
    what: 'a file $ref',
    files: { 'file-ref.json': policy('file-ref', { require: { $ref: '../../../../etc/passwd' } }) },
    expect: { refused: /not a place in this schema/ },
  },
  {
    what: 'a schema nested 5,000 deep',
    files: {
      'deep.json': `{"id":"deep","severity":"info","title":"t","description":"d","appliesTo":["config"],"message":"m","require":${nested(5000)}}`,
    },
    expect: { refused: /nested deeper|invalid JSON Schema/ },
  },
  {
    what: 'a placeholder of 20,000 dotted segments',
    files: { 'segments.json': policy('segments', { message: `{${Array(20_000).fill('a').join('.')}}` }) },
    expect: { refused: /segments/ },
  },
  {
    what: 'locate: ["constructor"]',
    files: {
      'proto.json': policy('proto', { forEach: undefined, locate: ['constructor', '__proto__', 'toString'] }),
    },
    expect: { findings: 'located' },
  },
  {
    what: 'a 36 MB policy',
    files: { 'huge.json': policy('huge', { description: 'x'.repeat(36 * 1024 * 1024) }) },
    expect: { refused: new RegExp(`above the ${POLICY_LIMITS.maxBytes}-byte limit`) },
  },
  {
    what: 'a dangling symlink',
    files: { 'dangling.json': '-> nowhere.json' },
    expect: { refused: /dangling/ },
  },
  {
    what: 'a symlink loop',
    files: { 'loop.json': '-> loop.json' },
    expect: { refused: /loop of symbolic links/ },
  },
  {
    what: 'a symlink out of the repository',
    files: { 'outside.json': '-> /etc/passwd' },
    expect: { refused: /out of the workspace/ },
  },
  {
    what: 'not JSON (its text must not be quoted)',
    files: { 'text.json': 'root:x:0:0:SECRET-CONTENT' },
    expect: { refused: /^not valid JSON$/ },
  },
];

describe('hostile user policies', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-policies-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.what, c] as const))(
    '%s',
    async (name, c) => {
      const dir = path.join(root, name.replace(/\W+/g, '-'));
      mkdirSync(path.join(dir, 'policies'), { recursive: true });
      writeFileSync(path.join(dir, 'flink-conf.yaml'), CONFIG);
      writeFileSync(path.join(dir, '.flink-memory-lint.yaml'), 'policies: [policies]\n');
      for (const [file, content] of Object.entries(c.files)) {
        const target = path.join(dir, 'policies', file);
        if (content.startsWith('-> ')) symlinkSync(content.slice(3), target);
        else writeFileSync(target, content);
      }
      const started = Date.now();
      const report = await lint({ cwd: dir, paths: ['.'], concurrency: 1 });
      expect(Date.now() - started).toBeLessThan(10_000);
      // The run goes on: the built-in policies still judge the config.
      expect(report.configs).toHaveLength(1);
      const refusals = report.notices.filter((n) => n.code === 'policy-invalid').map((n) => n.message);
      const own = report.findings.filter((f) =>
        Object.keys(c.files).some((file) => file.startsWith(f.ruleId)),
      );
      const refused = 'refused' in c.expect ? c.expect.refused : undefined;
      const outcome = {
        refusals: refusals.length,
        saying: refusals.filter((m) => refused?.test(m)).length,
        quoted: /SECRET-CONTENT|root:x:0/.test(JSON.stringify(report.notices)),
        findings: own.length > 0,
        located: own.every(
          (f) => Number.isInteger(f.line) && f.line >= 1 && Number.isInteger(f.column) && f.column >= 1,
        ),
      };
      const n = refused ? 1 : 0;
      expect(outcome).toEqual({ refusals: n, saying: n, quoted: false, findings: !refused, located: true });
    },
    30_000,
  );
});
