import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
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
 * Request timeout and the retry back-off base (waits of 1, 4 and 9 times it), in milliseconds.
 * `FLINK_MEMORY_LINT_API_TIMEOUT_MS` and `FLINK_MEMORY_LINT_API_RETRY_BASE_MS` change them
 * (documented in the README); the defaults suit github.com.
 */
function clientTimings(env: NodeJS.ProcessEnv = process.env): {
  timeoutMs: number;
  retryBaseMs: number;
} {
  const read = (name: string, fallback: number): number => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0
      ? value
      : fallback;
  };
  return {
    timeoutMs: read('FLINK_MEMORY_LINT_API_TIMEOUT_MS', 30_000),
    retryBaseMs: read('FLINK_MEMORY_LINT_API_RETRY_BASE_MS', 1_000),
  };
}

type Fetch = typeof fetch;

/**
 * Every HTTP request (each retry too) gets its own deadline: a hanging request fails with a status
 * 500 error and is retried. The timer is a plain one, not `AbortSignal.timeout`, whose timer does
 * not keep Node running: with nothing else pending, the process would end mid-run with status 0.
 */
function withTimeout(fetchImpl: Fetch, timeoutMs: number): Fetch {
  return async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`no answer from GitHub within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    try {
      return await fetchImpl(url, { ...init, signal });
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * An Octokit for the token, honouring `GITHUB_API_URL` (GitHub Enterprise Server) and the proxy
 * through the toolkit's defaults, retrying transient failures and waiting out short rate limits.
 */
export function createClient(token: string, log: (message: string) => void): GitHubClient {
  const { timeoutMs, retryBaseMs } = clientTimings();
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      log(
        `GitHub ${kind} for ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return retrying;
    };
  const request = defaults.request ?? {};
  return getOctokit(
    token,
    {
      // Own request options replace the toolkit's: keep its proxy-aware fetch underneath.
      request: { ...request, fetch: withTimeout((request.fetch as Fetch | undefined) ?? fetch, timeoutMs) },
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: retryBaseMs },
    },
    retry,
    throttling,
  );
}
