/**
 * The YAML library's parser reads a stream of lexemes: slices of the text, with `\x02` before a
 * document's first token and `\x1f` before a plain or block scalar. Its own lexer makes them through
 * several generator frames a lexeme, about a third of the time a Flink config takes to parse. Most
 * configs are plain block style (mappings and sequences of one-line scalars, comments, literal
 * blocks): this lexes those in one pass over the text, and gives up (undefined) at anything else,
 * which the library's lexer then reads: flow collections, anchors, aliases, tags, directives,
 * scalars that run over several lines, tabs, carriage returns, a byte-order mark. Documents may
 * follow one another (`---`, `...`), as in Kubernetes manifests.
 *
 * Where it does answer, the lexemes are the library's own (yaml 2.x, `parse/lexer.js`): the same
 * rules for where a plain, quoted or block scalar ends and for the indentation that continues one
 * (`indentNext`), so the parser, its errors and the documents are exactly the library's.
 * __tests__/sources/block-lexer.test.ts compares both lexers on generated and real files.
 */
const DOCUMENT = '\x02';
const SCALAR = '\x1f';
const SPACE = 0x20;

/** The library's lexemes for `text`, or undefined where the text is not plain block style. */
export function blockLexemes(text: string): string[] | undefined {
  if (text.includes('\t') || text.includes('\r') || text.includes('\uFEFF')) return undefined;
  const out: string[] = [];
  const end = text.length;
  let started = false;
  // The indentation a next line needs to continue the current scalar (the library's `indentNext`).
  let indentNext = 0;
  let pos = 0;

  /** Pushes the spaces from `at` (if any); returns where they end. */
  const spaces = (at: number): number => {
    let to = at;
    while (text.charCodeAt(to) === SPACE) to++;
    if (to > at) out.push(text.slice(at, to));
    return to;
  };

  /** Where the scalar that reached `offset` (a line's start) goes on, or -1 where it ends. */
  const continues = (offset: number): number => {
    if (indentNext > 0) {
      let indent = 0;
      while (text.charCodeAt(offset + indent) === SPACE) indent++;
      return text[offset + indent] === '\n' || indent >= indentNext ? offset + indent : -1;
    }
    return isMarker(text, offset) ? -1 : offset;
  };

  lines: while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = end;
    if (!started) {
      let first = pos;
      while (text.charCodeAt(first) === SPACE) first++;
      // Blank and comment lines before the document are the stream's.
      if (first === eol || text[first] === '#') {
        spaces(pos);
        if (eol > first) out.push(text.slice(first, eol));
        if (eol < end) out.push('\n');
        pos = eol + 1;
        continue;
      }
      if (text[pos] === '%') return undefined;
      out.push(DOCUMENT);
      started = true;
    }
    let p: number;
    let indentValue = 0;
    if (isMarker(text, pos)) {
      out.push(text.slice(pos, pos + 3));
      indentNext = 0;
      p = pos + 3;
      if (text[pos] === '.') {
        // The document ends; what follows on the line is the stream's: nothing, or a comment.
        started = false;
        p = spaces(p);
        if (p < eol && text[p] !== '#') return undefined;
        if (eol > p) out.push(text.slice(p, eol));
        if (eol < end) out.push('\n');
        pos = eol + 1;
        continue;
      }
    } else {
      p = spaces(pos);
      indentValue = p - pos;
      if (indentNext > indentValue && !isEmpty(text[p + 1])) indentNext = indentValue;
      // Sequence items (and explicit keys and values) at the start of the line count as indentation.
      while (isIndicator(text, p)) {
        out.push(text[p]);
        const after = spaces(p + 1);
        indentNext = indentValue + 1;
        indentValue += after - p;
        p = after;
      }
    }
    for (;;) {
      p = spaces(p);
      while (isIndicator(text, p)) {
        indentNext = indentValue + 1;
        out.push(text[p]);
        p = spaces(p + 1);
      }
      if (p >= eol) {
        if (eol < end) out.push('\n');
        pos = eol + 1;
        continue lines;
      }
      const c = text[p];
      if (c === '#') {
        out.push(text.slice(p, eol));
        if (eol < end) out.push('\n');
        pos = eol + 1;
        continue lines;
      }
      if (c === '{' || c === '[' || c === '}' || c === ']' || c === '*' || c === '!' || c === '&')
        return undefined;
      if (c === '"' || c === "'") {
        const close = closingQuote(text, p);
        if (close < 0 || close > eol) return undefined;
        out.push(text.slice(p, close + 1));
        p = close + 1;
        continue;
      }
      if (c === '|' || c === '>') {
        pos = blockScalar(p, eol);
        continue lines;
      }
      const last = plainScalarEnd(p);
      if (last >= eol) return undefined;
      out.push(SCALAR, text.slice(p, last + 1));
      p = last + 1;
    }
  }
  return out;

  /** The last character of the plain scalar that starts at `from`. */
  function plainScalarEnd(from: number): number {
    let last = from - 1;
    for (let i = from; i < end; i++) {
      const ch = text[i];
      if (ch === ':') {
        if (isEmpty(text[i + 1])) break;
        last = i;
      } else if (ch === ' ' || ch === '\n') {
        if (text[i + 1] === '#') break;
        if (ch === '\n') {
          const at = continues(i + 1);
          if (at === -1) break;
          i = Math.max(i, at - 2);
        }
      } else last = i;
    }
    return last;
  }

  /** Pushes a block scalar's header line and body; returns where the next line starts. */
  function blockScalar(from: number, eol: number): number {
    let explicitIndent = -1;
    let keep = false;
    for (let i = from + 1; ; i++) {
      const ch = text[i];
      if (ch === '+') keep = true;
      else if (ch > '0' && ch <= '9') explicitIndent = Number(ch) - 1;
      else if (ch !== '-') break;
    }
    let p = from;
    while (!isEmpty(text[p]) && text[p] !== '#') p++;
    out.push(text.slice(from, p));
    p = spaces(p);
    if (eol > p) out.push(text.slice(p, eol));
    if (eol < end) out.push('\n');
    const start = eol < end ? eol + 1 : end;
    // The body starts at its first line with more than spaces, whose indentation sets the block's.
    let nl = start - 1;
    let indent = 0;
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (ch === ' ') indent++;
      else if (ch === '\n') {
        nl = i;
        indent = 0;
      } else break;
    }
    if (indent >= indentNext) {
      indentNext = explicitIndent === -1 ? indent : explicitIndent + (indentNext === 0 ? 1 : indentNext);
      do {
        const at = continues(nl + 1);
        if (at === -1) break;
        nl = text.indexOf('\n', at);
      } while (nl !== -1);
      if (nl === -1) nl = end;
    }
    // Without `+`, trailing lines of spaces no deeper than the body are not the scalar's.
    while (!keep) {
      let i = nl - 1;
      const lastChar = i;
      while (text.charCodeAt(i) === SPACE) i--;
      if (text[i] === '\n' && i >= start && i + 1 + indent > lastChar) nl = i;
      else break;
    }
    out.push(SCALAR, text.slice(start, nl + 1));
    return Math.max(start, nl + 1);
  }
}

function isEmpty(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n';
}

/** `-`, `?` or `:` followed by a space or the line's end: an indicator, not a scalar's first character. */
function isIndicator(text: string, at: number): boolean {
  const ch = text[at];
  return (ch === '-' || ch === '?' || ch === ':') && isEmpty(text[at + 1]);
}

/** `---` or `...` at `at`, followed by a space or the line's end. */
function isMarker(text: string, at: number): boolean {
  const three = text.slice(at, at + 3);
  return (three === '---' || three === '...') && isEmpty(text[at + 3]);
}

/** The closing quote of the quoted scalar at `from` (`''` and `\"` do not close), or -1. */
function closingQuote(text: string, from: number): number {
  const quote = text[from];
  let close = text.indexOf(quote, from + 1);
  if (quote === "'") {
    while (close !== -1 && text[close + 1] === "'") close = text.indexOf("'", close + 2);
    return close;
  }
  while (close !== -1) {
    let backslashes = 0;
    while (text[close - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) break;
    close = text.indexOf('"', close + 1);
  }
  return close;
}
