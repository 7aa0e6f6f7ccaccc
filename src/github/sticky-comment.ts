import { COMMENT_MARKER } from '../report/markdown-comment.js';
import { attempt, type Logger } from './api-errors.js';
import type { GitHubClient, RepoRef } from './octokit.js';

export interface StickyCommentRequest {
  client: GitHubClient;
  repo: RepoRef;
  issueNumber: number;
  body: string;
  /** False when there is nothing to say: an existing comment is still updated, none is created. */
  create: boolean;
  warn: Logger;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  url?: string;
}

/** Keeps one comment per pull request, found by its hidden marker and updated in place. */
export async function upsertStickyComment(request: StickyCommentRequest): Promise<StickyCommentResult> {
  const { client, repo, issueNumber, body, warn } = request;
  const comments = await attempt(
    'list the pull request comments',
    () =>
      client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }),
    warn,
  );
  if (!comments) return { action: 'failed' };
  const existing = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', url: existing.html_url };
    const updated = await attempt(
      'update the pull request comment',
      () => client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }),
      warn,
    );
    return updated
      ? { action: 'updated', url: updated.data.html_url }
      : { action: 'failed', url: existing.html_url };
  }
  if (!request.create) return { action: 'skipped' };
  const created = await attempt(
    'comment on the pull request',
    () => client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }),
    warn,
  );
  return created ? { action: 'created', url: created.data.html_url } : { action: 'failed' };
}
