/**
 * A Markdown page (a rule's docs) as plain text for a terminal: headings underlined, emphasis and
 * code marks dropped (bold kept as bold on a colour terminal), code blocks indented, and every link
 * written out as an absolute URL (relative ones resolved against the page's own URL), so that
 * what a reader can follow in a browser they can follow from a terminal too.
 */

export interface TerminalPageOptions {
  /** Where the page lives on the web: relative links are resolved against it. */
  pageUrl: string;
  color?: boolean;
}

const bold = (on: boolean | undefined, text: string) => (on ? `\u001b[1m${text}\u001b[0m` : text);

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function inline(text: string, options: TerminalPageOptions): string {
  return (
    text
      // [label](url): the label, then the URL it goes to.
      .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => {
        const href = absolute(url, options.pageUrl);
        const shown = label.replace(/`/g, '');
        return shown === href ? href : `${shown} (${href})`;
      })
      .replace(/\*\*([^*]+)\*\*/g, (_m, t: string) => bold(options.color, t))
      .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,:;])/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
  );
}

export function markdownToTerminal(markdown: string, options: TerminalPageOptions): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) fence = undefined;
      else out.push(`    ${line}`);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark[1];
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const title = inline(heading[2], { ...options, color: false });
      out.push(bold(options.color, title), (heading[1].length === 1 ? '=' : '-').repeat(title.length));
      continue;
    }
    // Table separator rows say nothing on a terminal.
    if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line)) continue;
    out.push(inline(line, options));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** The edit distance of two short words (Levenshtein), for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}

/** The names closest to a mistyped one: within a third of its length, or holding it whole. */
export function nearNames(wanted: string, names: readonly string[], most = 3): string[] {
  const w = wanted.toLowerCase();
  return names
    .map((name) => ({ name, d: name.includes(w) && w.length >= 3 ? 0 : editDistance(w, name) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(w.length / 3)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, most)
    .map((x) => x.name);
}
