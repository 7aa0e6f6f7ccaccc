import { attempt, type Logger } from './api-errors.js';
import type { GitHubClient, RepoRef } from './octokit.js';

const AUDIT_LABEL = 'flink-memory-audit';

export interface AuditIssueRequest {
  client: GitHubClient;
  repo: RepoRef;
  /** Whether the audit found anything. */
  clean: boolean;
  title: string;
  body: string;
  warn: Logger;
}

export interface AuditIssueResult {
  action: 'created' | 'updated' | 'closed' | 'none' | 'failed';
  url?: string;
}

/**
 * Keeps one open issue labelled `flink-memory-audit` in step with the findings: opened or
 * updated while there are findings, closed with the all-clear once there are none.
 */
export async function syncAuditIssue(request: AuditIssueRequest): Promise<AuditIssueResult> {
  const { client, repo, warn } = request;
  const open = await attempt(
    'list the audit issues',
    () =>
      client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        labels: AUDIT_LABEL,
        state: 'open',
        per_page: 100,
      }),
    warn,
  );
  if (!open) return { action: 'failed' };
  const labelled = (issue: (typeof open)[number]): boolean =>
    issue.labels.some((label) => (typeof label === 'string' ? label : label.name) === AUDIT_LABEL);
  const existing = open
    .filter((issue) => !issue.pull_request && issue.state === 'open' && labelled(issue))
    .sort((a, b) => a.number - b.number)[0];
  if (request.clean && !existing) return { action: 'none' };
  if (existing) {
    const close = request.clean ? ({ state: 'closed', state_reason: 'completed' } as const) : {};
    const updated = await attempt(
      request.clean ? 'close the audit issue' : 'update the audit issue',
      () =>
        client.rest.issues.update({
          ...repo,
          issue_number: existing.number,
          title: request.title,
          body: request.body,
          ...close,
        }),
      warn,
    );
    if (!updated) return { action: 'failed', url: existing.html_url };
    return { action: request.clean ? 'closed' : 'updated', url: updated.data.html_url };
  }
  const created = await attempt(
    'open the audit issue',
    () =>
      client.rest.issues.create({ ...repo, title: request.title, body: request.body, labels: [AUDIT_LABEL] }),
    warn,
  );
  return created ? { action: 'created', url: created.data.html_url } : { action: 'failed' };
}
