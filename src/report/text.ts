import type { Finding, Severity } from '../model/index.js';
import { visible } from './terminal.js';

export interface TextOptions {
  /** File text by path, to show the offending line; a file not given is shown without it. */
  sources?: ReadonlyMap<string, string>;
  color?: boolean;
  /** Listed after the findings, with why. */
  suppressed?: readonly Finding[];
  /** Put before the summary line, e.g. `3 Flink configs in 5 files: `. */
  scope?: string;
  /** Every finding of a rule, however often it repeats. */
  verbose?: boolean;
}

/** Findings of one rule shown in full before the rest are counted (without `verbose`). */
export const SHOWN_PER_RULE = 3;

/** `5,349`: counts as people read them. */
// By hand: `toLocaleString` loads the locale data, which costs a short run more than its work.
const count = (n: number): string =>
  Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, gray: 90, bold: 1 } as const;
type Style = keyof typeof CODES;
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/**
 * Findings as actionlint prints them: `file:line:col: severity: message [rule]`, the source line
 * with a caret under the column, then the fix and the docs link.
 */
export function renderText(findings: readonly Finding[], options: TextOptions = {}): string {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
  const lines = new Map<string, string[]>();
  const sourceLine = (file: string, line: number): string | undefined => {
    let split = lines.get(file);
    if (!split) {
      const text = options.sources?.get(file);
      if (text === undefined) return undefined;
      lines.set(file, (split = text.split(/\r?\n/)));
    }
    return split[line - 1];
  };
  const out: string[] = [];
  const perRule = new Map<string, Finding[]>();
  for (const f of findings) perRule.set(f.ruleId, [...(perRule.get(f.ruleId) ?? []), f]);
  const shown = new Map<string, number>();
  for (const f of findings) {
    const n = (shown.get(f.ruleId) ?? 0) + 1;
    shown.set(f.ruleId, n);
    const all = perRule.get(f.ruleId) ?? [];
    if (!options.verbose && n > SHOWN_PER_RULE) {
      if (n === all.length) {
        const configs = new Set(all.map((x) => x.configId ?? x.file)).size;
        out.push(
          `${paint('gray', `${visible(f.ruleId)} ×${count(all.length)} in ${count(configs)} ${configs === 1 ? 'config' : 'configs'}`)}: ${SHOWN_PER_RULE} shown above, ${count(all.length - SHOWN_PER_RULE)} more with --verbose`,
        );
      }
      continue;
    }
    // Repository text (file names, messages of user policies, values) shown, never obeyed.
    out.push(
      `${paint('bold', `${visible(f.file)}:${f.line}:${f.column}:`)} ${paint(SEVERITY_STYLE[f.severity], `${f.severity}:`)} ${visible(f.message)} ${paint('gray', `[${visible(f.ruleId)}]`)}`,
    );
    const text = sourceLine(f.file, f.line);
    if (text !== undefined) {
      const number = String(f.line);
      const gutter = ' '.repeat(number.length);
      const shown = visible(text.replace(/\t/g, ' '));
      const width = Math.max(
        1,
        (f.endLine === f.line && f.endColumn ? f.endColumn : shown.trimEnd().length + 1) - f.column,
      );
      out.push(`${gutter} |`);
      out.push(`${number} | ${shown}`);
      out.push(
        `${gutter} | ${' '.repeat(Math.max(0, f.column - 1))}${paint('green', '^' + '~'.repeat(Math.max(0, width - 1)))}`,
      );
    }
    if (f.fix) {
      // The sentence, then each edit on a line of its own, as it would be written in the file.
      const changes = Object.entries(f.fix.set).map(([k, v]) => (v === null ? `remove ${k}` : `${k}: ${v}`));
      if (f.fix.description) out.push(`  ${paint('green', 'fix:')} ${visible(f.fix.description)}`);
      for (const [i, change] of changes.entries())
        out.push(`  ${f.fix.description || i > 0 ? '    ' : paint('green', 'fix:')} ${visible(change)}`);
    }
    if (f.docs) out.push(`  ${paint('gray', 'docs:')} ${visible(f.docs)}`);
  }
  const suppressed = options.suppressed ?? [];
  if (suppressed.length) {
    out.push('', `Suppressed (${suppressed.length}):`);
    for (const f of suppressed) {
      const why = f.suppressed
        ? `${f.suppressed.kind}${f.suppressed.reason ? `: ${f.suppressed.reason}` : ''}`
        : '';
      out.push(`  ${visible(f.file)}:${f.line}:${f.column}: ${visible(f.ruleId)} (${visible(why)})`);
    }
  }
  if (out.length > 0) out.push('');
  out.push(`${options.scope ?? ''}${summaryLine(findings, suppressed.length)}`);
  return out.join('\n') + '\n';
}

/** `1 config`, `5,349 configs`. */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** `1 error, 3 info findings`: the counts that are not zero (`no findings` when all are). */
export function severityCounts(errors: number, warnings: number, infos: number): string {
  const parts = [
    errors ? plural(errors, 'error') : '',
    warnings ? plural(warnings, 'warning') : '',
    infos ? plural(infos, 'info finding') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

function summaryLine(findings: readonly Finding[], suppressed: number): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const counts = severityCounts(count('error'), count('warning'), count('info'));
  return `${counts}${suppressed ? ` (${suppressed} suppressed)` : ''}`;
}
