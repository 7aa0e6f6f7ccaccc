/**
 * Suppression comments in a linted file:
 *   # flink-memory-lint-disable-next-line RULE[, RULE] -- reason
 *   # flink-memory-lint-disable-file RULE[, RULE] -- reason
 * "next line" is the next line that is neither blank nor a comment, so several directives can
 * stack above one key. Pure: it reads the text it is given.
 */

export interface SuppressionDirective {
  rules: string[];
  reason?: string;
  /** The comment's own line. */
  line: number;
}

export interface FileSuppressions {
  /** Target line → directives that cover it. */
  nextLine: Map<number, SuppressionDirective[]>;
  file: SuppressionDirective[];
}

const DIRECTIVE = /#\s*flink-memory-lint-disable-(next-line|file)\b([^\n]*)/;

export function scanSuppressions(text: string): FileSuppressions {
  const result: FileSuppressions = { nextLine: new Map(), file: [] };
  if (!text.includes('flink-memory-lint-disable')) return result;
  const lines = text.split(/\r?\n/);
  let pending: SuppressionDirective[] = [];
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (pending.length && trimmed !== '' && !trimmed.startsWith('#')) {
      addAll(result.nextLine, i + 1, pending);
      pending = [];
    }
    // Checked after attaching, so a directive after a key covers the line below it.
    const match = DIRECTIVE.exec(lines[i]);
    if (!match) continue;
    const directive = parseDirective(match[2], i + 1);
    if (match[1] === 'file') result.file.push(directive);
    else pending.push(directive);
  }
  return result;
}

function addAll(map: Map<number, SuppressionDirective[]>, line: number, directives: SuppressionDirective[]) {
  map.set(line, [...(map.get(line) ?? []), ...directives]);
}

function parseDirective(rest: string, line: number): SuppressionDirective {
  const [ruleText, ...reasonParts] = rest.split(/\s--\s?/);
  const reason = reasonParts.join(' -- ').trim();
  const rules = ruleText
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { rules, reason: reason || undefined, line };
}

/** The directive that suppresses `ruleId` at `line`, if any. */
export function suppressionFor(
  suppressions: FileSuppressions,
  ruleId: string,
  line: number,
): SuppressionDirective | undefined {
  const covers = (d: SuppressionDirective) => d.rules.includes(ruleId) || d.rules.includes('all');
  return suppressions.file.find(covers) ?? suppressions.nextLine.get(line)?.find(covers);
}

const ANNOTATION_PREFIX = 'flink-memory-lint.io/ignore-';

/** `flink-memory-lint.io/ignore-RULE: "reason"` on a Kubernetes resource. */
export function annotationFor(
  annotations: Record<string, string> | undefined,
  ruleId: string,
): string | undefined {
  if (!annotations) return undefined;
  return annotations[ANNOTATION_PREFIX + ruleId] ?? annotations[ANNOTATION_PREFIX + 'all'];
}
