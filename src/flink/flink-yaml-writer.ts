/**
 * How Flink 2.x writes a configuration as nested YAML (`YamlParserUtils.convertAndDumpYamlFromFlatMap`,
 * apache/flink flink-core): snakeyaml-engine's block dumper with the YAML 1.2 Core schema, no line
 * splitting, every value a string. Ported from snakeyaml-engine's `Emitter` (`analyzeScalar`,
 * `chooseScalarStyle`, the scalar writers) and `CoreScalarResolver`, for maps of strings only.
 */

/** A nested mapping as Flink builds it from dotted keys: insertion-ordered, string leaves. */
export type YamlTree = Map<string, YamlTree | string>;

/** snakeyaml-engine's `maxSimpleKeyLength`: longer keys are written as `? key`. */
const MAX_SIMPLE_KEY_LENGTH = 128;

const NULL_BL_T = new Set([0, 0x20, 0x09]);
const isLineBreak = (c: number) => c === 0x0a;

interface Analysis {
  empty: boolean;
  multiline: boolean;
  allowBlockPlain: boolean;
  allowSingleQuoted: boolean;
  allowBlock: boolean;
}

/** `Emitter.analyzeScalar`, with Unicode allowed (the dumper's default). */
function analyze(scalar: string): Analysis {
  if (scalar.length === 0) {
    return {
      empty: true,
      multiline: false,
      allowBlockPlain: true,
      allowSingleQuoted: true,
      allowBlock: false,
    };
  }
  let blockIndicators = scalar.startsWith('---') || scalar.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let followedByWhitespace = scalar.length === 1 || isNullBlTLinebr(scalar.codePointAt(1) as number);
  let previousSpace = false;
  let previousBreak = false;
  let index = 0;
  while (index < scalar.length) {
    const c = scalar.codePointAt(index) as number;
    const ch = String.fromCodePoint(c);
    if (index === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      if ((c === 0x3f || c === 0x3a) && followedByWhitespace) blockIndicators = true;
      if (c === 0x2d && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === 0x3a && followedByWhitespace) blockIndicators = true;
      if (c === 0x23 && precededByWhitespace) blockIndicators = true;
    }
    const lineBreak = isLineBreak(c);
    if (lineBreak) lineBreaks = true;
    if (!(c === 0x0a || (c >= 0x20 && c <= 0x7e))) {
      const unicode =
        c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
      if (!unicode) special = true;
    }
    if (c === 0x20) {
      if (index === 0) leadingSpace = true;
      if (index === scalar.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (lineBreak) {
      if (index === 0) leadingBreak = true;
      if (index === scalar.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    index += ch.length;
    precededByWhitespace = NULL_BL_T.has(c) || lineBreak;
    followedByWhitespace = true;
    // snakeyaml-engine looks one code point past the next one here; kept as it is.
    if (index + 1 < scalar.length) {
      const next = index + String.fromCodePoint(scalar.codePointAt(index) as number).length;
      if (next < scalar.length)
        followedByWhitespace = NULL_BL_T.has(scalar.codePointAt(next) as number) || lineBreak;
    }
  }
  let allowBlockPlain = true;
  let allowSingleQuoted = true;
  let allowBlock = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) allowBlockPlain = false;
  if (trailingSpace) allowBlock = false;
  if (breakSpace) allowBlockPlain = allowSingleQuoted = false;
  if (spaceBreak || special) allowBlockPlain = allowSingleQuoted = allowBlock = false;
  if (blockIndicators) allowBlockPlain = false;
  return { empty: false, multiline: lineBreaks, allowBlockPlain, allowSingleQuoted, allowBlock };
}

function isNullBlTLinebr(c: number): boolean {
  return NULL_BL_T.has(c) || c === 0x0a || c === 0x0d;
}

const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NULL = /^(?:~|null|Null|NULL| )$/;
const ENV = /^\$\{[ \t\n\v\f\r]*(?:\w+(?::?[-?]\w*)?)?[ \t\n\v\f\r]*\}$/;

/**
 * Whether the Core schema would read `value` written plain as a string (`CoreScalarResolver`:
 * resolvers chosen by the first character, then the ones for any character).
 */
function readsAsString(value: string): boolean {
  if (value.length === 0) return false;
  const first = value[0];
  if ('tfTF'.includes(first) && BOOL.test(value)) return false;
  if ('-+0123456789'.includes(first) && INT.test(value)) return false;
  if ('-+0123456789.'.includes(first) && FLOAT.test(value)) return false;
  if (first === 'n' && NULL.test(value)) return false;
  if (first === '$' && ENV.test(value)) return false;
  if (value === '<<') return false;
  return !NULL.test(value);
}

/** The Emitter's escapes inside double quotes. */
const ESCAPES: Readonly<Record<number, string>> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
};

function printable(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x85 ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

function doubleQuoted(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const plainAscii = ch >= 0x20 && ch <= 0x7e && ch !== 0x22 && ch !== 0x5c;
    if (plainAscii) {
      out += text[i];
      continue;
    }
    if (ESCAPES[ch] !== undefined) {
      out += `\\${ESCAPES[ch]}`;
      continue;
    }
    const code = text.codePointAt(i) as number;
    const pair = code > 0xffff;
    if (printable(code)) {
      out += String.fromCodePoint(code);
    } else if (ch <= 0xff) {
      out += `\\x${ch.toString(16).padStart(2, '0')}`;
    } else if (pair) {
      out += `\\U${code.toString(16).padStart(8, '0')}`;
    } else {
      out += `\\u${ch.toString(16).padStart(4, '0')}`;
    }
    if (pair) i++;
  }
  return `${out}"`;
}

const singleQuoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A string scalar as the dumper writes it; `literal` values (with U+0085) need their own lines. */
function scalar(text: string, key: boolean): { text: string; literal?: boolean } {
  const a = analyze(text);
  // The representer asks for a literal block when the string has a line break or U+0085.
  const wantsLiteral = /[\n\u0085]/.test(text);
  if (!wantsLiteral && readsAsString(text) && !(key && (a.empty || a.multiline)) && a.allowBlockPlain) {
    return { text };
  }
  if (wantsLiteral) {
    if (!key && a.allowBlock) return { text, literal: true };
    return { text: doubleQuoted(text) };
  }
  if (a.allowSingleQuoted && !(key && a.multiline)) return { text: singleQuoted(text) };
  return { text: doubleQuoted(text) };
}

/** A literal block (`|-`) as `writeLiteral` lays it out, for values without line breaks. */
function literalLines(text: string, indent: number): { head: string; body: string } {
  const hint = text.startsWith(' ') ? '2' : '';
  return { head: `|${hint}-`, body: ' '.repeat(indent) + text };
}

function simpleKey(key: string): boolean {
  const a = analyze(key);
  return key.length < MAX_SIMPLE_KEY_LENGTH && !a.empty && !a.multiline;
}

function writeValue(lines: string[], prefix: string, value: string, indent: number): void {
  const v = scalar(value, false);
  if (!v.literal) {
    lines.push(`${prefix} ${v.text}`);
    return;
  }
  const { head, body } = literalLines(v.text, indent + 2);
  lines.push(`${prefix} ${head}`, body);
}

function writeMapping(lines: string[], tree: YamlTree, indent: number, firstPrefix?: string): void {
  let first = true;
  for (const [key, value] of tree) {
    const pad = first && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
    first = false;
    if (simpleKey(key)) {
      const head = `${pad}${scalar(key, true).text}:`;
      if (typeof value === 'string') writeValue(lines, head, value, indent);
      else {
        lines.push(head);
        writeMapping(lines, value, indent + 2);
      }
      continue;
    }
    // A complex key: `? key` on its own line, then `:` and the value (`ExpectBlockMappingValue`).
    lines.push(`${pad}? ${scalar(key, false).text}`);
    const colon = `${' '.repeat(indent)}:`;
    if (typeof value === 'string') writeValue(lines, colon, value, indent);
    else writeMapping(lines, value, indent + 2, `${colon} `);
  }
}

/**
 * The lines Flink's block dumper writes for a nested map of strings: an empty map is `{}`, the
 * way snakeyaml-engine writes an empty mapping.
 */
export function dumpFlinkYaml(tree: YamlTree): string[] {
  if (tree.size === 0) return ['{}'];
  const lines: string[] = [];
  writeMapping(lines, tree, 0);
  return lines;
}
