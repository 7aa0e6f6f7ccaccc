import type { Finding, FlinkConfig, Report } from '../model/index.js';
import {
  findingIdentity,
  type FindingIdentity,
  parseFindingMarker,
  resolvedCommentBody,
  reviewCommentBody,
  sameIdentity,
} from '../report/index.js';
import { suggestFix } from '../report/index.js';
import { plural } from '../report/index.js';
import { attempt, type Logger } from './api-errors.js';
import type { ChangedLines, FileChanges } from './diff-lines.js';
import type { AuthorCheck } from './identity.js';
import type { GitHubClient, RepoRef } from './octokit.js';

export interface ReviewCommentsRequest {
  client: GitHubClient;
  repo: RepoRef;
  pullNumber: number;
  /** The head commit the comments are made on. */
  headSha: string;
  report: Report;
  changed: ChangedLines;
  /** Most new comments a run posts. */
  limit: number;
  /** Whether a comment is the action's own: only those count as earlier runs' and are edited. */
  own: AuthorCheck;
  warn: Logger;
  info: Logger;
}

export interface ReviewCommentsResult {
  /** New inline comments posted in the review. */
  posted: number;
  /** Findings already commented on the same line by an earlier run. */
  kept: number;
  /** Earlier comments whose finding is gone, marked resolved. */
  resolved: number;
  /** Findings on changed lines left out by the limit (or because posting failed). */
  notPosted: Finding[];
}

/** One inline comment as the reviews API takes it. */
export interface InlineComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

interface ExistingComment {
  id: number;
  path: string;
  line?: number | null;
  body: string;
}

type OurComment = ExistingComment & { identity: FindingIdentity };

const inOneHunk = (changes: FileChanges, start: number, end: number): boolean =>
  changes.hunks.some((h) => h.start <= start && end <= h.end);

/** A report's policies and configs by id, made once a report: a comment a finding stays linear. */
const indexes = new WeakMap<
  Report,
  { policies: Map<string, NonNullable<Report['policies']>[number]>; configs: Map<string, FlinkConfig> }
>();
function indexed(report: Report) {
  let index = indexes.get(report);
  if (!index) {
    const policies = new Map<string, NonNullable<Report['policies']>[number]>();
    // The first of an id wins, as `find` would.
    for (const p of report.policies ?? []) if (!policies.has(p.id)) policies.set(p.id, p);
    const configs = new Map<string, FlinkConfig>();
    for (const { config } of report.configs) if (!configs.has(config.id)) configs.set(config.id, config);
    indexes.set(report, (index = { policies, configs }));
  }
  return index;
}

/**
 * The inline comment for a finding on a changed line: a one-line comment, or one spanning the
 * lines its suggestion replaces where they lie in one hunk (GitHub refuses ranges across hunks).
 */
function inlineComment(finding: Finding, report: Report, changes: FileChanges): InlineComment {
  const { policies, configs } = indexed(report);
  const policy = policies.get(finding.ruleId);
  const text = report.sources?.get(finding.file);
  const config = finding.configId === undefined ? undefined : configs.get(finding.configId);
  let suggestion = text !== undefined && config ? suggestFix(finding, text, config) : undefined;
  if (suggestion && !inOneHunk(changes, suggestion.startLine, suggestion.endLine)) suggestion = undefined;
  const comment: InlineComment = {
    path: finding.file,
    line: suggestion?.endLine ?? finding.line,
    side: 'RIGHT',
    body: reviewCommentBody(finding, policy, suggestion),
  };
  if (suggestion && suggestion.startLine !== suggestion.endLine) {
    comment.start_line = suggestion.startLine;
    comment.start_side = 'RIGHT';
  }
  return comment;
}

/**
 * Posts one review with an inline comment per finding on a line the pull request added or
 * changed, skipping those an earlier run already made on the same line, and marks earlier
 * comments whose finding is gone as resolved. Failures are logged; they never change the verdict.
 */
export async function syncReviewComments(request: ReviewCommentsRequest): Promise<ReviewCommentsResult> {
  const { client, repo, pullNumber, report, changed, warn } = request;
  const onChangedLines = report.findings.filter((f) => changed.get(f.file)?.added.has(f.line));
  const wanted = onChangedLines.map((finding) => ({
    finding,
    comment: inlineComment(finding, report, changed.get(finding.file) as FileChanges),
  }));
  const result: ReviewCommentsResult = { posted: 0, kept: 0, resolved: 0, notPosted: [] };

  const listed = await attempt(
    'list the review comments',
    () =>
      client.paginate(client.rest.pulls.listReviewComments, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100,
      }),
    warn,
  );
  if (!listed) {
    // Without the earlier comments, posting could repeat them.
    result.notPosted = onChangedLines;
    return result;
  }
  const ours = listed.flatMap((c): Array<OurComment> => {
    const identity = request.own(c.user) ? parseFindingMarker(c.body ?? '') : undefined;
    return identity ? [{ id: c.id, path: c.path, line: c.line, body: c.body, identity }] : [];
  });

  // A finding is already commented when a comment with its marker sits on the same line.
  const seen = new Set<string>();
  const fresh: typeof wanted = [];
  for (const item of wanted) {
    const identity = findingIdentity(item.finding);
    const key = `${JSON.stringify(identity)}:${item.comment.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (ours.some((c) => sameIdentity(c.identity, identity) && c.line === item.comment.line)) result.kept++;
    else fresh.push(item);
  }

  const batch = fresh.slice(0, Math.max(0, request.limit));
  result.notPosted = fresh.slice(batch.length).map((item) => item.finding);
  if (batch.length > 0) {
    const review = await attempt(
      'post the review comments',
      () =>
        client.rest.pulls.createReview({
          ...repo,
          pull_number: pullNumber,
          commit_id: request.headSha,
          event: 'COMMENT',
          body: `flink-memory-lint: ${plural(batch.length, 'finding')} on lines this pull request changes.`,
          comments: batch.map((item) => item.comment),
        }),
      warn,
    );
    if (review) result.posted = batch.length;
    else result.notPosted.unshift(...batch.map((item) => item.finding));
  }

  // Comments whose finding is no longer on their line: the finding is gone or has moved.
  const commentLine = new Map(wanted.map((item) => [item.finding, item.comment.line]));
  const current = report.findings.flatMap((f) => {
    const identity = findingIdentity(f);
    return [f.line, commentLine.get(f) ?? f.line].map((line) => ({ identity, line }));
  });
  const stillThere = (c: OurComment) =>
    c.line != null && current.some((f) => sameIdentity(f.identity, c.identity) && f.line === c.line);
  for (const comment of ours) {
    if (stillThere(comment)) continue;
    // An outdated comment (no line) whose finding is still reported elsewhere is left as GitHub shows it.
    if (
      comment.line == null &&
      report.findings.some((f) => sameIdentity(findingIdentity(f), comment.identity))
    )
      continue;
    const updated = await attempt(
      'mark a review comment resolved',
      () =>
        client.rest.pulls.updateReviewComment({
          ...repo,
          comment_id: comment.id,
          body: resolvedCommentBody(comment.body, request.headSha),
        }),
      warn,
    );
    if (updated) result.resolved++;
  }
  request.info(
    `Review comments: ${result.posted} posted, ${result.kept} already there, ${result.resolved} resolved, ${result.notPosted.length} over the limit.`,
  );
  return result;
}
