import { attempt, type Logger } from './api-errors.js';
import type { GitHubClient } from './octokit.js';

/**
 * Who the token acts as, so that the action edits only its own comments: anyone can write a
 * comment that starts with the action's hidden marker. GraphQL's `viewer` answers for every kind
 * of token (`GET /user` refuses installation tokens, `GET /app` wants the app's own JWT): a user's
 * login for a personal token, the app's bot for an installation token such as `GITHUB_TOKEN`.
 * REST shows a bot's comments as `NAME[bot]`; where `viewer` gives the bare name, `GET /user`
 * tells a user (it answers) from a bot (it refuses).
 */
export type AuthorCheck = (user: { login?: string; type?: string } | null | undefined) => boolean;

export async function ownAuthor(client: GitHubClient, warn: Logger): Promise<AuthorCheck | undefined> {
  const viewer = await attempt(
    'tell which account the token acts as',
    () => client.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }'),
    warn,
  );
  const login = viewer?.viewer?.login;
  if (!login) return undefined;
  if (login.endsWith('[bot]')) return (user) => user?.login === login;
  const asUser = await client.rest.users.getAuthenticated().then(
    (response) => response.data.login === login,
    () => false,
  );
  const rest = asUser ? login : `${login}[bot]`;
  return (user) => user?.login === rest;
}
