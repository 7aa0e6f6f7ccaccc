import type { Finding } from '../model/index.js';
import type { Policy } from '../model/index.js';
import { fixChanges, ruleLink, SEVERITY_ICONS } from './markdown.js';
import { details, join, link, md, trusted, type Markdown } from './markdown/index.js';
import { suggestionBlock, type Suggestion } from './suggestion.js';

/** What identifies a finding across runs: the same rule on the same key of the same config. */
export interface FindingIdentity {
  rule: string;
  file: string;
  config: string;
  key: string;
}

const MARKER = /<!-- flink-memory-lint:finding ((?:\w+=\S*\s?)+)-->/;
const RESOLVED_MARKER = '<!-- flink-memory-lint:resolved -->';

export function findingIdentity(finding: Finding): FindingIdentity {
  return { rule: finding.ruleId, file: finding.file, config: finding.configId ?? '', key: finding.key ?? '' };
}

/** The hidden marker a review comment carries; values are URI-encoded so that spaces cannot split them. */
function findingMarker(identity: FindingIdentity): string {
  const fields = (['rule', 'file', 'config', 'key'] as const).map(
    (name) => `${name}=${encodeURIComponent(identity[name])}`,
  );
  return `<!-- flink-memory-lint:finding ${fields.join(' ')} -->`;
}

/** The identity in a comment body's marker; undefined for other comments and resolved ones. */
export function parseFindingMarker(body: string): FindingIdentity | undefined {
  if (body.includes(RESOLVED_MARKER)) return undefined;
  const match = MARKER.exec(body);
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const pair of match[1].trim().split(/\s+/)) {
    const at = pair.indexOf('=');
    try {
      fields.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    } catch {
      return undefined;
    }
  }
  const rule = fields.get('rule');
  const file = fields.get('file');
  if (!rule || file === undefined) return undefined;
  return { rule, file, config: fields.get('config') ?? '', key: fields.get('key') ?? '' };
}

export const sameIdentity = (a: FindingIdentity, b: FindingIdentity): boolean =>
  a.rule === b.rule && a.file === b.file && a.config === b.config && a.key === b.key;

/** An inline review comment: severity, rule, message, why, docs link, and the fix as a suggestion. */
export function reviewCommentBody(finding: Finding, policy?: Policy, suggestion?: Suggestion): string {
  const rule = ruleLink(finding.ruleId, finding.docs);
  const title = policy ? md` · ${policy.title}` : md``;
  const parts: Markdown[] = [
    md`${SEVERITY_ICONS[finding.severity]} **${finding.severity}** ${rule}${title}`,
    md`${finding.message}`,
  ];
  if (policy?.description) parts.push(md`**Why:** ${policy.description}`);
  if (finding.fix) {
    const what = finding.fix.description ? md` ${finding.fix.description}` : md``;
    const set = Object.keys(finding.fix.set).length > 0 ? md` (${fixChanges(finding.fix)})` : md``;
    parts.push(md`**Fix:**${what}${set}`);
    if (suggestion) parts.push(suggestionBlock(suggestion));
  }
  // Only the built-in rules' pages link; `ruleLink` decides, and this line follows it.
  if (rule.source.startsWith('[')) parts.push(link('Rule documentation', finding.docs ?? ''));
  parts.push(trusted(findingMarker(findingIdentity(finding))));
  return join(parts, '\n\n').source;
}

/**
 * The body of a comment whose finding is gone: said at the top, the old text folded away with its
 * suggestion turned into plain code (it no longer applies).
 */
export function resolvedCommentBody(body: string, commit: string): string {
  // The body is the tool's own comment (found among its own identity's comments).
  const old = body
    .replace(MARKER, '')
    .replace(/^(`{3,})suggestion$/gm, '$1yaml')
    .trim();
  return join(
    [
      md`✅ **Resolved** in ${commit.slice(0, 12)}: flink-memory-lint no longer reports this here.`,
      details('Earlier comment', trusted(old)),
      trusted(RESOLVED_MARKER),
    ],
    '\n\n',
  ).source;
}
