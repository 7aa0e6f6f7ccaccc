import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Per-version behaviour is data in src/flink/: outside it, nothing compares Flink versions; the
// other stages ask src/flink named questions (`defaultStateBackend(version)`, ...), and the
// built-in policies test named facts, not `config.versionCode`.

const ROOT = path.resolve(import.meta.dirname, '../..');

function files(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file, ending) : name.endsWith(ending) ? [file] : [];
  });
}

/** A name that holds a Flink version: `version`, `flinkVersion`, `versionCode` (not `apiVersion`). */
const VERSIONISH = /\b(?:flink)?version(?:code)?\b/i;
const FLINK_VERSION_VALUE = /\b(?:flinkVersion|versionCode)\b/;
const VERSION_TEXT = /^v?\d+[._]\d+/;
const COMPARISON = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
/** Functions of src/flink that order versions: only src/flink may call them. */
const ORDERING_CALLS = new Set(['atLeast', 'versionIndex', 'sinceRow']);

/** What looks like a comparison of Flink versions in a TypeScript text: `line: code` each. */
function versionComparisons(text: string, file = 'x.ts'): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${line + 1}: ${node.getText(source)}`);
  };
  const isVersionLiteral = (node: ts.Node) =>
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && VERSION_TEXT.test(node.text);
  const isVersionish = (node: ts.Node) => VERSIONISH.test(node.getText(source)) || isVersionLiteral(node);
  const isValue = (node: ts.Node) =>
    ts.isNumericLiteral(node) || isVersionLiteral(node) || FLINK_VERSION_VALUE.test(node.getText(source));
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && COMPARISON.has(node.operatorToken.kind)) {
      const { left, right } = node;
      if ((isVersionish(left) && isValue(right)) || (isVersionish(right) && isValue(left))) report(node);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (ORDERING_CALLS.has(name)) report(node);
      if (
        ['startsWith', 'localeCompare'].includes(name) &&
        ts.isPropertyAccessExpression(callee) &&
        (isVersionish(callee.expression) || node.arguments.some(isVersionLiteral))
      )
        report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('version comparisons', () => {
  it('the check finds the comparisons it is for', () => {
    const text = [
      'if (versionCode >= 200) x();',
      "const old = config.flinkVersion.startsWith('1.');",
      'const b = atLeast(version, "1.17");',
      "const c = flinkVersion === '1.20';",
      'const d = input.flinkVersion === undefined;',
      "const e = typeof input.flinkVersion === 'string';",
      'const f = b.version !== BASELINE_VERSION;',
      'const g = apiVersion.startsWith(GROUP);',
    ].join('\n');
    expect(versionComparisons(text).map((f) => f.split(':')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('none in src/ outside src/flink/', () => {
    const found = files(path.join(ROOT, 'src'), '.ts')
      .filter((file) => !file.startsWith(path.join(ROOT, 'src', 'flink') + path.sep))
      .flatMap((file) =>
        versionComparisons(readFileSync(file, 'utf8'), file).map((f) => `${path.relative(ROOT, file)}:${f}`),
      );
    expect(found).toEqual([]);
  });

  it('no built-in policy tests the version number', () => {
    const found = files(path.join(ROOT, 'policies'), 'policy.json').filter((file) =>
      readFileSync(file, 'utf8').includes('versionCode'),
    );
    expect(found.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
