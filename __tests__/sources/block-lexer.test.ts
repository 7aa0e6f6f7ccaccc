// The block-style lexer (src/sources/yaml/block-lexer.ts) must yield exactly the YAML library's
// lexemes wherever it answers: on every YAML file the repository holds (and the shared corpus when
// present), on generated lines of every block construct at random indentations, and on those
// lines mutated. Where it answers, the documents, errors and line starts are the library's.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Composer, Lexer, LineCounter, Parser } from 'yaml';
import { blockLexemes } from '../../src/sources/yaml/block-lexer.js';
import { parseDocumentsWithinDepth } from '../../src/sources/yaml/depth.js';

const library = (text: string) => [...new Lexer().lex(text)];

function yamlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue;
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yamlFiles(file, out);
    else if (/\.ya?ml$/.test(name)) out.push(file);
  }
  return out;
}

// Lines of every block construct the lexer answers for, and some it must give up on.
const LINES = [
  'key: value',
  'key:',
  'key: value # comment',
  'key: value  ',
  'key: a:b',
  'key: a: b',
  'key: a #b',
  'key: a#b',
  'url: jdbc:postgresql://db/app',
  'taskmanager.memory.process.size: 4g',
  '- item',
  '- key: value',
  '-',
  '- - nested',
  '- |',
  '? explicit',
  ': value',
  '# comment',
  '#',
  '',
  '   ',
  'key: |',
  'key: |-',
  'key: |+',
  'key: >',
  'key: |2',
  'key: >+1 # header comment',
  'key: | trailing',
  'body line',
  'body: with colon',
  "key: 'it''s'",
  "key: 'open",
  'key: "a \\" b \\\\"',
  'key: "open',
  '"quoted": key',
  '---',
  '--- # start',
  '...',
  '... # end',
  '...x',
  'key: [a, b]',
  'key: &anchor value',
  'key: *alias',
  'key: !tag value',
  '%YAML 1.2',
  'key:\tvalue',
  '-1',
  ':x',
  '"',
];

const lineOf = fc.record({
  indent: fc.integer({ min: 0, max: 8 }),
  line: fc.constantFrom(...LINES),
});
const textOf = fc
  .record({
    lines: fc.array(lineOf, { minLength: 1, maxLength: 24 }),
    finalNewline: fc.boolean(),
  })
  .map(
    ({ lines, finalNewline }) =>
      lines.map(({ indent, line }) => ' '.repeat(indent) + line).join('\n') + (finalNewline ? '\n' : ''),
  );

describe('blockLexemes', () => {
  it('yields the library’s lexemes for every YAML file of the repository and the shared corpus', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const files = [
      ...yamlFiles(path.join(root, 'examples')),
      ...yamlFiles(path.join(root, '__tests__')),
      ...yamlFiles(path.join(root, 'policies')),
      ...yamlFiles(path.join(root, '../shared/corpus')),
      ...yamlFiles(path.join(root, '../shared/vectors')),
    ];
    let answered = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const mine = blockLexemes(text);
      if (!mine) continue;
      answered++;
      expect({ file, lexemes: mine }).toEqual({ file, lexemes: library(text) });
    }
    // Most configs are plain block style: the fast way is the usual one, not a rare one (the test
    // fixtures hold many hostile and unusual files on purpose).
    expect(answered).toBeGreaterThan(files.length * 0.6);
  });

  it('yields the library’s lexemes for generated lines of every block construct, or none', () => {
    let answered = 0;
    fc.assert(
      fc.property(textOf, (text) => {
        const mine = blockLexemes(text);
        if (mine) answered++;
        expect(mine).toEqual(mine && library(text));
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(300);
  });

  it('yields the library’s lexemes for those lines with characters inserted and removed', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.string({
        unit: fc.constantFrom(' ', '\n', ':', '#', '-', '|', '>', '+', '2', "'", '"', '\\', 'a'),
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(textOf, fc.array(edit, { maxLength: 4 }), (text, edits) => {
        let mutated = text;
        for (const { at, remove, insert } of edits) {
          const i = at % (mutated.length + 1);
          mutated = mutated.slice(0, i) + insert + mutated.slice(i + remove);
        }
        const mine = blockLexemes(mutated);
        expect(mine).toEqual(mine && library(mutated));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives up where the text is not plain block style', () => {
    for (const text of [
      'a: [1, 2]\n',
      'a: {b: 1}\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a:\tb\n',
      'a: b\r\n',
      '\uFEFFa: b\n',
      'a: b\n  c\n',
      'a: "b\n  c"\n',
      '... a\n',
    ])
      expect({ text, lexemes: blockLexemes(text) }).toEqual({ text, lexemes: undefined });
  });

  it('parses to the library’s documents, errors and line starts', () => {
    const texts = [
      '# Flink\njobmanager.memory.process.size: 1600m\ntaskmanager:\n  memory:\n    process.size: 4g\n',
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  flink-conf.yaml: |+\n    a: 1\n\n    b: 2\n\n# end\n',
      '---\na: 1\n---\nb: 2\n...\n# after\n---\nc: 3',
      'a: b: c\n- x\n',
      'a: 1\na: 2\n',
    ];
    for (const text of texts) {
      expect({ text, answered: blockLexemes(text) !== undefined }).toEqual({ text, answered: true });
      const lines = new LineCounter();
      const fast = parseDocumentsWithinDepth(text, { intAsBigInt: true, uniqueKeys: false }, lines);
      const reference = new LineCounter();
      const docs = [
        ...new Composer({ intAsBigInt: true, uniqueKeys: false }).compose(
          new Parser(reference.addNewLine).parse(text),
        ),
      ];
      expect(fast.map((d): unknown => ('doc' in d ? d.doc.toJS() : d))).toEqual(
        docs.map((d): unknown => d.toJS()),
      );
      expect(fast.map((d) => ('doc' in d ? d.doc.contents?.range : d))).toEqual(
        docs.map((d) => d.contents?.range),
      );
      expect(fast.map((d) => ('doc' in d ? d.doc.errors.map((e) => [e.code, e.pos]) : []))).toEqual(
        docs.map((d) => d.errors.map((e) => [e.code, e.pos])),
      );
      expect(lines.lineStarts).toEqual(reference.lineStarts);
    }
  });
});
