import type { Finding } from '../model/index.js';
import type { Policy } from '../model/index.js';
import { code, escapeText, SEVERITY_ICONS } from './markdown.js';
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
export function findingMarker(identity: FindingIdentity): string {
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
  const rule = finding.docs ? `[${code(finding.ruleId)}](${finding.docs})` : code(finding.ruleId);
  const title = policy ? ` · ${escapeText(policy.title)}` : '';
  const parts = [
    `${SEVERITY_ICONS[finding.severity]} **${finding.severity}** ${rule}${title}`,
    escapeText(finding.message),
  ];
  if (policy?.description) parts.push(`**Why:** ${escapeText(policy.description)}`);
  if (finding.fix) {
    const what = finding.fix.description ? ` ${escapeText(finding.fix.description)}` : '';
    const set = Object.entries(finding.fix.set)
      .map(([key, value]) => code(value === null ? `remove ${key}` : `${key}: ${value}`))
      .join(', ');
    parts.push(`**Fix:**${what}${set ? ` (${set})` : ''}`);
    if (suggestion) parts.push(suggestionBlock(suggestion));
  }
  if (finding.docs) parts.push(`[Rule documentation](${finding.docs})`);
  parts.push(findingMarker(findingIdentity(finding)));
  return parts.join('\n\n');
}

/**
 * The body of a comment whose finding is gone: said at the top, the old text folded away with its
 * suggestion turned into plain code (it no longer applies).
 */
export function resolvedCommentBody(body: string, commit: string): string {
  const old = body
    .replace(MARKER, '')
    .replace(/^(`{3,})suggestion$/gm, '$1yaml')
    .trim();
  return [
    `✅ **Resolved** in ${commit.slice(0, 12)}: flink-memory-lint no longer reports this here.`,
    `<details><summary>Earlier comment</summary>\n\n${old}\n\n</details>`,
    RESOLVED_MARKER,
  ].join('\n\n');
}
