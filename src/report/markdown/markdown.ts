import { visible } from '../terminal.js';

/**
 * GitHub Markdown built so that repository text can never become markup. Everything a renderer
 * shows from a repository (file and folder names, config values, `metadata.name`, policy titles,
 * messages and fixes of user policies) is written by whoever opened the pull request; on GitHub it
 * must stay text: no HTML, no images, no links, no @mentions or #references, no table row or code
 * span it could close.
 *
 * The API: a `Markdown` value is markup the tool built. Builders make one from repository text
 * (`text`, `code`, `codeBlock`), from the tool's own URLs (`link`), or from other `Markdown`
 * (`md`, `join`, `table`, `details`). The `md` template tag is how renderers write layout: its
 * literal parts are the tool's markup, and each `${value}` that is not already `Markdown` is
 * escaped as `text`. `trusted` wraps markup the tool itself wrote (hidden markers, Mermaid
 * charts), never repository text. `String(markdown)` is the final source.
 *
 * Text is escaped with character references, which GitHub reads as literal characters both in
 * Markdown and inside HTML blocks (`<details><summary>`), and with a zero-width space where GitHub
 * would otherwise link a mention, an issue reference or a bare URL after rendering.
 */
export class Markdown {
  private constructor(
    readonly source: string,
    /** `source` as it may stand in a table cell (pipes of code spans escaped as GFM reads them). */
    readonly cell: string,
  ) {}

  /** Only the builders below call this: a renderer builds through them. */
  static of(source: string, cell = source): Markdown {
    return new Markdown(source, cell);
  }

  toString(): string {
    return this.source;
  }
}

/** What a renderer may put in Markdown: built Markdown as it is, anything else escaped as text. */
export type Inline = Markdown | string | number | bigint;

const ZWSP = '&#8203;';

/** Characters that are markup somewhere in GFM inline text, tables or HTML: always a reference. */
const MARKUP = new Set('&<>"\\`*_[]|~$');

/**
 * The markup characters, and where GitHub links or pictures text after rendering: @mentions (and
 * e-mail addresses), #123 references, bare URLs, `:emoji:` codes (some are images). One pass, so
 * that no escape is read again.
 */
const ESCAPED = /[&<>"\\`*_[\]|~$]|@|#(?=\d)|:(?=\/\/)|:(?=[\w+-]+:)|\bwww(?=\.)/gi;

/**
 * Markup only at the start of a line: indentation (code blocks, list continuations), headings,
 * quotes, list items, setext underlines and breaks.
 */
const LINE_START = /^(?:[ \t]|#{1,6}(?:[ \t]|$)|>|[-+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[=-]+[ \t]*$)/;

/** Line breaks of CommonMark and of Unicode: text stays on its line. */
const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

function escapeText(value: string): string {
  const oneLine = visible(value.replace(BREAKS, ' '));
  const escaped = oneLine.replace(ESCAPED, (m) => (MARKUP.has(m) ? `&#${m.charCodeAt(0)};` : `${m}${ZWSP}`));
  // In a heading, `#`s after a space at the end are its closing sequence, and dropped.
  const closed = escaped.replace(/([ \t])#(#*[ \t]*)$/, '$1&#35;$2');
  // Wherever the text lands, it may be the start of a line (a list item's, a quote's).
  return LINE_START.test(closed) ? `&#${closed.charCodeAt(0)};${closed.slice(1)}` : closed;
}

/** Repository text as text: one line, every character shown as it is. */
export function text(value: Inline): Markdown {
  if (value instanceof Markdown) return value;
  return Markdown.of(escapeText(String(value)));
}

/** Repository text as an inline code span, on one line; nothing inside can close it. */
export function code(value: string): Markdown {
  const content = visible(value.replace(BREAKS, ' '));
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space keeps a backtick at either end apart from the fence (CommonMark strips one each side).
  const pad = /^`|`$|^ .* $/.test(content) || content === '' ? ' ' : '';
  const source = `${fence}${pad}${content}${pad}${fence}`;
  // In a table GFM splits cells on `|` before it sees code spans; `\|` is its escape. A backslash
  // already before a pipe would be read two ways, so such code is shown as an HTML code element.
  const cell = content.includes('\\|') ? `<code>${escapeText(content)}</code>` : source.replace(/\|/g, '\\|');
  return Markdown.of(source, cell);
}

/** Text as a fenced code block (`info`: the tool's own, e.g. `yaml`, `suggestion`, `mermaid`). */
export function codeBlock(value: string, info = ''): Markdown {
  // CommonMark shows a NUL as U+FFFD: written so here, the block reads the same everywhere.
  const content = value.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // No content, no line: an empty suggestion deletes the lines it replaces.
  return Markdown.of(content === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${content}\n${fence}`);
}

/** Markup the tool itself wrote: a hidden marker, a chart. Never repository text. */
export function trusted(source: string): Markdown {
  return Markdown.of(source, source);
}

/** Markdown from a template; see the module comment. */
export function md(strings: TemplateStringsArray, ...values: readonly Inline[]): Markdown {
  let source = strings[0];
  let cell = strings[0];
  values.forEach((value, i) => {
    const part = text(value);
    source += part.source + strings[i + 1];
    cell += part.cell + strings[i + 1];
  });
  return Markdown.of(source, cell);
}

/** Markdown pieces joined by a separator of the tool's own. */
export function join(parts: readonly Markdown[], separator = ''): Markdown {
  return Markdown.of(parts.map((p) => p.source).join(separator), parts.map((p) => p.cell).join(separator));
}

/** Characters a URL may not hold as written in a Markdown link destination. */
const URL_UNSAFE = /[\s<>()[\]"'`|\\^{}]/g;

/**
 * A link to a URL the tool made (the server's blob and run pages, its own docs). Only `https:`
 * and `http:` URLs link; anything else is shown as code.
 */
export function link(label: Inline, url: string): Markdown {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return md`${label} (${code(url)})`;
  const destination = url.replace(URL_UNSAFE, (c) =>
    encodeURIComponent(c).replace(/^[()']$/, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`),
  );
  const shown = text(label);
  return Markdown.of(`[${shown.source}](${destination})`, `[${shown.cell}](${destination})`);
}

export type Align = 'left' | 'right';

/** A GFM table; each cell is one line, and no cell can end its row. */
export function table(
  header: readonly Inline[],
  align: readonly Align[],
  rows: readonly (readonly Inline[])[],
): Markdown {
  const parts = tableParts(header, align, rows);
  return join([parts.head, ...parts.rows], '\n');
}

/** A table as its head (header and alignment lines) and its rows, for output cut between rows. */
export function tableParts(
  header: readonly Inline[],
  align: readonly Align[],
  rows: readonly (readonly Inline[])[],
): { head: Markdown; rows: Markdown[] } {
  const line = (cells: readonly Inline[]) => trusted(`| ${cells.map((c) => text(c).cell).join(' | ')} |`);
  const rule = `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`;
  return { head: trusted(`${line(header).source}\n${rule}`), rows: rows.map(line) };
}

/** A folded section: the summary is text (it sits in HTML), the body Markdown. */
export function details(summary: Inline, body: Markdown): Markdown {
  return Markdown.of(`<details><summary>${text(summary).source}</summary>\n\n${body.source}\n\n</details>`);
}
