import { COMMENT_MARKER } from '../report/index.js';
import { attempt, describeError, isBodyTooLong, type Logger } from './api-errors.js';
import type { GitHubClient, RepoRef } from './octokit.js';

export interface StickyCommentRequest {
  client: GitHubClient;
  repo: RepoRef;
  issueNumber: number;
  body: string;
  /** A shorter body, for when GitHub still refuses `body` as too long (it counts differently). */
  shorter?: () => string;
  /** False when there is nothing to say: an existing comment is still updated, none is created. */
  create: boolean;
  warn: Logger;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  url?: string;
}

interface Existing {
  id: number;
  html_url: string;
}

/** Keeps one comment per pull request, found by its hidden marker and updated in place. */
export async function upsertStickyComment(request: StickyCommentRequest): Promise<StickyCommentResult> {
  const { client, repo, issueNumber, warn } = request;
  const comments = await attempt(
    'list the pull request comments',
    () =>
      client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }),
    warn,
  );
  if (!comments) return { action: 'failed' };
  const existing = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
  if (existing?.body === request.body) return { action: 'unchanged', url: existing.html_url };
  if (!existing && !request.create) return { action: 'skipped' };
  let body = request.body;
  for (let shortened = false; ; shortened = true) {
    try {
      return await write(request, existing, body);
    } catch (error) {
      if (!shortened && request.shorter && isBodyTooLong(error)) {
        warn(
          `GitHub refused the pull request comment as too long (${body.length} characters); posting a shorter one`,
        );
        body = request.shorter();
        continue;
      }
      warn(`Could not ${existing ? 'update' : 'post'} the pull request comment: ${describeError(error)}`);
      return { action: 'failed', url: existing?.html_url };
    }
  }
}

/** Updates the comment, or posts it anew when there is none or it was deleted since it was listed. */
async function write(
  request: StickyCommentRequest,
  existing: Existing | undefined,
  body: string,
): Promise<StickyCommentResult> {
  const { client, repo, issueNumber } = request;
  if (existing) {
    try {
      const updated = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      return { action: 'updated', url: updated.data.html_url };
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      request.warn('The pull request comment was deleted meanwhile; posting a new one');
    }
  }
  const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { action: 'created', url: created.data.html_url };
}
