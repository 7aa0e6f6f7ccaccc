import { describe, expect, it } from '@jest/globals';
import { readConfigYaml, YAML_LOAD_ERROR } from '../../src/sources/formats/config-yaml.js';
import { toConfigMap } from '../../src/derive/flink-view.js';

describe('readConfigYaml (Flink standard YAML reader)', () => {
  it('flattens nested and dotted keys and keeps YAML types', () => {
    const text = [
      'taskmanager:',
      '  memory.process.size: 2g',
      '  numberOfTaskSlots: 0x4',
      'a.float: .5',
      'a.inf: -.inf',
      'a.bool: TRUE',
      'a.str: "123"',
      'a.list: [x, y]',
    ].join('\n');
    const { entries, problems } = readConfigYaml(text, 'config.yaml');
    expect(problems).toEqual([]);
    expect(Object.fromEntries(toConfigMap(entries))).toEqual({
      'taskmanager.memory.process.size': '2g',
      'taskmanager.numberOfTaskSlots': 4n,
      'a.float': 0.5,
      'a.inf': -Infinity,
      'a.bool': true,
      'a.str': '123',
      'a.list': '[x, y]',
    });
    expect(entries[0].location).toEqual({ file: 'config.yaml', line: 2, column: 3 });
  });

  it('lets the later of two paths to one key win', () => {
    const { entries, problems } = readConfigYaml('a.b: 1\na:\n  b: 2\n', 'c');
    expect(toConfigMap(entries).get('a.b')).toBe(2n);
    expect(entries[0].overriddenBy?.line).toBe(3);
    expect(problems.map((p) => p.code)).toEqual(['duplicate-key']);
  });

  it.each([
    ['a: 1\na: 2\n', 'yaml-error', 2],
    ['a: [1\n', 'yaml-error', 2],
    ['- 1\n', 'yaml-error', 1],
    ['a: *nope\n', 'yaml-error', 1],
    ['a:\nb: 1\n', 'null-value', 1],
    ['a: ~\n', 'null-value', 1],
  ])('fails to load %j with Flink message', (text, code, line) => {
    const { problems } = readConfigYaml(text, 'c');
    expect(problems[0].code).toBe(code);
    expect(problems[0].message.startsWith(YAML_LOAD_ERROR)).toBe(true);
    expect(problems[0].location.line).toBe(line);
  });

  it('reads an empty or comment-only file as an empty configuration', () => {
    expect(readConfigYaml('', 'c')).toEqual({ entries: [], problems: [] });
    expect(readConfigYaml('# nothing\n', 'c')).toEqual({ entries: [], problems: [] });
  });

  it('stops alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`,
      );
    const { problems } = readConfigYaml(bomb.join('\n'), 'c');
    expect(problems[0]?.code).toBe('yaml-error');
  });

  it('names a mapping or sequence that contains itself through an alias, and reads the rest', () => {
    const cases: [string, string, number][] = [
      ['&a\nx: *a\n', "'x'", 2],
      ['x: &a\n  - *a\n', "'x'", 1],
      ['x: &a\n  y: *a\n', "'x.y'", 2],
      ['x: &a [1, *a]\n', "'x'", 1],
      ['&a\n? *a\n: 1\n', 'a key', 2],
    ];
    for (const [text, named, line] of cases) {
      const { entries, problems } = readConfigYaml(
        `${text}taskmanager.numberOfTaskSlots: 2\n`,
        'config.yaml',
      );
      expect(problems).toEqual([
        {
          code: 'yaml-error',
          message: `An alias makes ${named} contain itself: its value never ends, and Flink cannot read it`,
          location: { file: 'config.yaml', line, column: expect.any(Number) },
        },
      ]);
      expect(entries.map((e) => [e.key, e.value])).toEqual([['taskmanager.numberOfTaskSlots', 2n]]);
    }
    // An alias to a sibling is no loop.
    expect(readConfigYaml('a: &b {c: 1}\nd: *b\n', 'config.yaml').entries.map((e) => e.key)).toEqual([
      'a.c',
      'd.c',
    ]);
  });
});
