import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Longest wait for a rate limit that is still worth it inside a CI step. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/**
 * An Octokit for the token, honouring `GITHUB_API_URL` (GitHub Enterprise Server) through the
 * toolkit's defaults, retrying transient failures and waiting out short rate limits.
 */
export function createClient(token: string, log: (message: string) => void): GitHubClient {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      log(
        `GitHub ${kind} for ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return retrying;
    };
  return getOctokit(
    token,
    {
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    },
    retry,
    throttling,
  );
}
