/** What started the run, as far as this action cares. */
export type RunEvent =
  | {
      kind: 'pull-request';
      number: number;
      /** The base branch tip the pull request is compared with. */
      baseSha: string;
      baseRef: string;
      /** The pull request's head commit (check runs and line links go there). */
      headSha: string;
      /** From a fork on a `pull_request` event: the token is read-only. */
      fork: boolean;
    }
  | { kind: 'audit'; eventName: string; sha: string };

interface PullRequestPayload {
  number?: number;
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

export function describeEvent(eventName: string, payload: Record<string, unknown>, sha: string): RunEvent {
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (
    pr &&
    typeof pr === 'object' &&
    typeof pr.number === 'number' &&
    typeof pr.base?.sha === 'string' &&
    typeof pr.head?.sha === 'string'
  ) {
    // A deleted fork has no head repository; pull_request_target runs with the base's token.
    const fromOtherRepo = pr.head.repo?.full_name !== pr.base.repo?.full_name;
    return {
      kind: 'pull-request',
      number: pr.number,
      baseSha: pr.base.sha,
      baseRef: typeof pr.base.ref === 'string' ? pr.base.ref : pr.base.sha,
      headSha: pr.head.sha,
      fork: fromOtherRepo && eventName !== 'pull_request_target',
    };
  }
  return { kind: 'audit', eventName, sha: typeof sha === 'string' ? sha : '' };
}
