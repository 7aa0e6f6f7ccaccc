import { describe, expect, it } from '@jest/globals';
import { readFlinkConf } from '../../src/sources/formats/flink-conf.js';
import { toConfigMap } from '../../src/derive/flink-view.js';

describe('readFlinkConf (Flink legacy line reader)', () => {
  it('cuts at the first #, trims, splits at the first ": "', () => {
    const { entries, problems } = readFlinkConf('# c\nk: a#b\n  x: 1: 2 \n', 'conf/flink-conf.yaml');
    expect(entries.map((e) => [e.key, e.value, e.location.line, e.location.column])).toEqual([
      ['k', 'a', 2, 1],
      ['x', '1: 2', 3, 3],
    ]);
    expect(problems).toEqual([]);
    expect(entries[0].location.file).toBe('conf/flink-conf.yaml');
  });

  it('keeps quotes, and reports lines without ": " and empty values', () => {
    const { entries, problems } = readFlinkConf('a: "2g"\nb:2g\nc: \n: d\n', 'f');
    expect(entries).toHaveLength(1);
    expect(entries[0].value).toBe('"2g"');
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([
      ['invalid-line', 2],
      ['invalid-line', 3],
      ['empty-key-or-value', 4],
    ]);
    expect(problems[0].message).toContain("missing space after ':'?");
  });

  it('lets later duplicates win and marks the earlier entry', () => {
    const { entries, problems } = readFlinkConf('k: 1\r\nk: 2\r\n', 'f');
    expect(toConfigMap(entries).get('k')).toBe('2');
    expect(entries[0].overriddenBy).toEqual({ file: 'f', line: 2, column: 1 });
    expect(problems.map((p) => p.code)).toEqual(['duplicate-key']);
  });

  it('a tab after the colon is not a separator; a tab before the key is trimmed', () => {
    const { entries, problems } = readFlinkConf('a:\tb\n\tc: d\n', 'f');
    expect(entries.map((e) => [e.key, e.location.column])).toEqual([['c', 2]]);
    expect(problems[0].code).toBe('invalid-line');
  });

  it('maps positions for embedded blocks', () => {
    const { entries } = readFlinkConf('a: b\n', 'k8s.yaml', (line, column) => ({
      line: line + 10,
      column: column + 4,
    }));
    expect(entries[0].location).toEqual({ file: 'k8s.yaml', line: 11, column: 5 });
  });

  it('reports a byte-order mark that Flink would read into the first key', () => {
    const { entries, problems } = readFlinkConf('\ufeffa: b\n', 'f');
    expect(entries[0].key).toBe('\ufeffa');
    expect(problems.map((p) => p.code)).toEqual(['other']);
  });
});
