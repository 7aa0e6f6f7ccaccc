import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readConfigYaml } from '../../src/sources/formats/config-yaml.js';
import { discover } from '../../src/sources/discover/discover.js';
import { MAX_LINE_PROBLEMS, readFlinkConf } from '../../src/sources/formats/flink-conf.js';
import { neutralizeTemplates, parseYamlFile } from '../../src/sources/yaml/document.js';

// What each hostile catalogue entry needs of the readers, asserted where the reader is.

describe('readers under hostile input', () => {
  it('a lone CR ends a line, as in YAML, Flink and Kubernetes', () => {
    const { entries, problems } = readConfigYaml('a: 1\rb: 2\r\nc: 3\r', 'config.yaml');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.key, e.value, e.location.line])).toEqual([
      ['a', 1n, 1],
      ['b', 2n, 2],
      ['c', 3n, 3],
    ]);
    const { yaml } = parseYamlFile('a: 1\rb: 2\r', 'x.yaml');
    expect(yaml.documents[0].doc.toJS()).toEqual({ a: 1n, b: 2n });
  });

  it('config.yaml: only the first parse error, as Flink stops there', () => {
    const { problems } = readConfigYaml(`a: {{\n}}: 1\n${'{{'.repeat(5000)}\n`, 'config.yaml');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'yaml-error', location: expect.objectContaining({ line: 2 }) }),
    ]);
  });

  it('duplicate keys: the errors the YAML library gives, at the same places', () => {
    for (const text of [
      'a: 1\nb: 2\na: 3\n',
      'x:\n  a: 1\n  a: 2\ny: {b: 1, b: 2, c: 3}\n',
      '1: a\n"1": b\n',
      '~: 1\n: 2\n',
      '.nan: 1\n.nan: 2\n',
      '? [a]\n: 1\n? [a]\n: 2\n',
      '&k a: 1\n*k : 2\n',
      'a: 1\nb: [\na: 2\n',
      '- {a: 1, a: 2}\n- a: 1\n  a: 2\n',
    ]) {
      const ours = parseYamlFile(text, 'x.yaml').problems.map((p) => [p.message, p.location.line]);
      const library = parseAllDocuments(text, { intAsBigInt: true })
        .flatMap((d) => ('errors' in d ? d.errors.slice(0, 1) : []))
        .map((e) => [e.message.split(' at line')[0], e.linePos?.[0].line]);
      expect([text, ours]).toEqual([text, library]);
    }
  });

  it('duplicate keys: a mapping of 100,000 keys is checked in linear time', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join('\n') + '\nk7: 2\n';
    const started = Date.now();
    const { problems } = parseYamlFile(text, 'x.yaml');
    expect(problems).toEqual([
      expect.objectContaining({
        message: 'Map keys must be unique',
        location: expect.objectContaining({ line: 100_001 }),
      }),
    ]);
    // The library's own check compares every pair: minutes for this map.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('templates: the same placeholders as the two expressions it replaces, without backtracking', () => {
    const DIRECTIVE_LINE = /^[ \t]*(?:\{\{[^\n]*?\}\}[ \t]*)+$/gm;
    const INLINE = /\{\{([^\n]*?)\}\}/g;
    const before = (text: string) =>
      text
        .replace(DIRECTIVE_LINE, '')
        .replace(INLINE, (_, inner: string) => `\${${inner.replace(/: /g, ':_').replace(/ #/g, ' _')}} `);
    const pieces = ['{', '}', '{{', '}}', ':', ' ', '#', '\t', '\n', 'a', '\r\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + (next() % 12) }, () => pieces[next() % pieces.length]).join('');
      expect([text, neutralizeTemplates(text)]).toEqual([text, before(text)]);
    }
    const started = Date.now();
    neutralizeTemplates(`${'{{}}'.repeat(40)}x\n${'{{'.repeat(500_000)}\n`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('flink-conf.yaml: each line is searched on its own', () => {
    const started = Date.now();
    const { entries, problems } = readFlinkConf('a:b\n'.repeat(100_000) + 'k: v\n', 'flink-conf.yaml');
    expect(entries).toEqual([
      expect.objectContaining({ key: 'k', value: 'v', location: expect.objectContaining({ line: 100_001 }) }),
    ]);
    // The first hundred bad lines each, then how many more: a notice a line would flood the report.
    expect(problems).toHaveLength(MAX_LINE_PROBLEMS + 1);
    expect(problems[MAX_LINE_PROBLEMS - 1]).toEqual(
      expect.objectContaining({ code: 'invalid-line', location: expect.objectContaining({ line: 100 }) }),
    );
    expect(problems[MAX_LINE_PROBLEMS]).toEqual({
      code: 'limit',
      message: '99900 more lines have problems; only the first 100 are reported',
      location: { file: 'flink-conf.yaml', line: 100_001, column: 1 },
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('discovery of files that are not UTF-8 text', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-readers-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('says which encoding, and which kind of special file, instead of reading it', async () => {
    writeFileSync(
      path.join(root, 'flink-conf.yaml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]),
    );
    execFileSync('mkfifo', [path.join(root, 'config.yaml')]);
    symlinkSync('.', path.join(root, 'values.yaml'));
    const { candidates, notices } = await discover({ cwd: root, paths: ['.'] });
    expect(candidates).toEqual([]);
    expect(notices).toEqual([
      {
        code: 'not-a-file',
        message: 'A named pipe (FIFO), not a regular file; not read',
        location: { file: 'config.yaml', line: 1, column: 1 },
      },
      {
        code: 'unsupported-encoding',
        message:
          'Encoded as UTF-16 LE (it starts with its byte-order mark); Flink and this tool read UTF-8; not read',
        location: { file: 'flink-conf.yaml', line: 1, column: 1 },
      },
      {
        code: 'not-a-file',
        message: 'A folder, not a regular file; not read',
        location: { file: 'values.yaml', line: 1, column: 1 },
      },
    ]);
  });
});
