interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/** What a read-only token (fork pull requests, Dependabot) or a missing permission gets for a write. */
const NOT_ACCESSIBLE = /resource not accessible by/i;

/** GitHub's 422 for a comment or issue body over its size limit. */
export function isBodyTooLong(error: unknown): boolean {
  const e = error as HttpError;
  return e?.status === 422 && /too long/i.test(e.message ?? '');
}

/** One line for the log, without headers or request options (they carry the token). */
export function describeError(error: unknown): string {
  const e = error as HttpError;
  const status = typeof e?.status === 'number' ? `HTTP ${e.status}: ` : '';
  const message = (e?.message ?? String(error)).split('\n')[0];
  const hint = NOT_ACCESSIBLE.test(message)
    ? ' (the token lacks this permission, or is read-only as on pull requests from forks)'
    : '';
  return `${status}${message}`.slice(0, 500) + hint;
}

export type Logger = (message: string) => void;

/**
 * Runs one call to GitHub; trouble (permissions, rate limits, outages) is logged and gives
 * `undefined`, so that it never changes the verdict of the run.
 */
export async function attempt<T>(what: string, call: () => Promise<T>, warn: Logger): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    warn(`Could not ${what}: ${describeError(error)}`);
    return undefined;
  }
}
