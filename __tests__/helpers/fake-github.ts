/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call -- request bodies are whatever JSON the action sent */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the action made, as the fake API received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization?: string;
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

/** An inline comment of a pull request review. */
export interface ReviewComment {
  id: number;
  pull_number: number;
  review_id: number;
  path: string;
  /** Null once the line is gone from the diff (GitHub calls the comment outdated). */
  line: number | null;
  start_line?: number | null;
  side: string;
  commit_id: string;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  labels: { name: string }[];
  html_url: string;
}

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  annotations: any[];
  html_url: string;
}

/** A scripted answer for the requests a rule matches, tried before the fake's own routes. */
export interface Fault {
  method: string;
  /** Matches the request's path. */
  path: RegExp;
  /** How many requests it answers (1 by default); then the routes answer again. */
  times?: number;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer: the client has to give up on its own. */
  hang?: boolean;
}

export interface FakeGitHubOptions {
  /** Answer every write as GitHub answers a read-only (fork) token. */
  readOnly?: boolean;
  /** Answer check-run writes with 403, as for a token without `checks: write`. */
  noChecks?: boolean;
  /** Answer this many requests with a 403 rate limit (reset now) before serving them. */
  rateLimited?: number;
  /** Scripted failures, per route. */
  faults?: Fault[];
  /**
   * Who the token acts as (default the `GITHUB_TOKEN` bot): GraphQL's `viewer` gives `viewer`
   * (default `login`), `GET /user` answers for a user and refuses an installation's bot.
   */
  identity?: { login: string; type: 'Bot' | 'User'; viewer?: string };
}

export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

/**
 * A small GitHub REST API on 127.0.0.1 with the endpoints the action uses, keeping state across
 * runs (comments, issues, check runs) and recording every request.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly issues: Issue[] = [];
  readonly checkRuns: CheckRun[] = [];
  /** `ref:path` → file text, for the contents API. */
  readonly contents = new Map<string, string>();
  /** Pull request number → files, for `pulls.listFiles`. */
  readonly pullFiles = new Map<
    number,
    { filename: string; status: string; previous_filename?: string; patch?: string }[]
  >();
  /** Reviews as posted (`pulls.createReview`), and their inline comments. */
  readonly reviews: { id: number; pull_number: number; body: any; event: string; commit_id: string }[] = [];
  readonly reviewComments: ReviewComment[] = [];
  /** Pull request number → its head commit and state, for `pulls.get`. */
  readonly pulls = new Map<number, { headSha: string; state?: 'open' | 'closed' }>();
  options: FakeGitHubOptions = {};
  private server?: Server;
  private nextId = 1000;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.send(res, 500, { message: String(error) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    // Hung requests hold their connections open.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests other than GET (GraphQL queries are reads): what the action tried to write. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
      ...headers,
    });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const body = text ? JSON.parse(text) : undefined;
    this.requests.push({
      method,
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
    });
    const base = `https://github.example/`;
    const identity = this.options.identity ?? ACTIONS_BOT;

    const fault = this.options.faults?.find(
      (f) => (f.times ?? 1) > 0 && f.method === method && f.path.test(url.pathname),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.hang) return;
      return this.send(res, fault.status ?? 500, fault.body ?? { message: 'Server Error' }, fault.headers);
    }

    if (this.options.rateLimited) {
      this.options.rateLimited--;
      this.send(
        res,
        403,
        { message: 'API rate limit exceeded for installation ID 1.' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
        },
      );
      return;
    }
    if (url.pathname === '/graphql' && method === 'POST') {
      if (!/\bviewer\b/.test(String(body?.query)))
        return this.send(res, 200, { errors: [{ message: 'not faked' }] });
      return this.send(res, 200, {
        data: { viewer: { login: this.options.identity?.viewer ?? identity.login } },
      });
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (identity.type === 'Bot')
        return this.send(res, 403, { message: 'Resource not accessible by integration' });
      return this.send(res, 200, { login: identity.login, type: 'User' });
    }
    if (
      method !== 'GET' &&
      (this.options.readOnly || (this.options.noChecks && url.pathname.includes('/check-runs')))
    ) {
      this.send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
      return;
    }
    const author = { login: identity.login, type: identity.type };
    let m: RegExpMatchArray | null;
    const repo = '^/repos/([^/]+)/([^/]+)';
    if ((m = url.pathname.match(new RegExp(`${repo}/issues/(\\d+)/comments$`)))) {
      const number = Number(m[3]);
      const list = this.comments.get(number) ?? [];
      if (method === 'GET') return this.send(res, 200, list);
      if (method === 'POST') {
        const id = this.nextId++;
        const comment = {
          id,
          body: body.body,
          html_url: `${base}pull/${number}#issuecomment-${id}`,
          user: author,
        };
        list.push(comment);
        this.comments.set(number, list);
        return this.send(res, 201, comment);
      }
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/issues/comments/(\\d+)$`))) && method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(m![3]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = body.body;
      return this.send(res, 200, comment);
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/check-runs$`))) && method === 'POST') {
      const run: CheckRun = {
        id: this.nextId++,
        name: body.name,
        head_sha: body.head_sha,
        status: body.status ?? 'queued',
        conclusion: body.conclusion,
        annotations: [...(body.output?.annotations ?? [])],
        html_url: '',
      };
      run.html_url = `${base}runs/${run.id}`;
      this.checkRuns.push(run);
      return this.send(res, 201, run);
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/check-runs/(\\d+)$`))) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m![3]));
      if (!run) return this.send(res, 404, { message: 'Not Found' });
      run.annotations.push(...(body.output?.annotations ?? []));
      if (body.status) run.status = body.status;
      if (body.conclusion) run.conclusion = body.conclusion;
      return this.send(res, 200, run);
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/contents/(.+)$`))) && method === 'GET') {
      const file = decodeURIComponent(m[3]);
      const content = this.contents.get(`${url.searchParams.get('ref')}:${file}`);
      if (content === undefined) return this.send(res, 404, { message: 'Not Found' });
      if ((req.headers.accept ?? '').includes('raw')) return this.send(res, 200, content);
      return this.send(res, 200, {
        type: 'file',
        path: file,
        encoding: 'base64',
        content: Buffer.from(content).toString('base64'),
      });
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/pulls/(\\d+)/reviews$`))) && method === 'POST') {
      const number = Number(m[3]);
      const review = {
        id: this.nextId++,
        pull_number: number,
        body: body.body,
        event: body.event,
        commit_id: body.commit_id,
      };
      for (const c of body.comments ?? []) {
        if (
          typeof c.path !== 'string' ||
          typeof c.line !== 'number' ||
          (c.start_line !== undefined && c.start_line >= c.line)
        )
          return this.send(res, 422, {
            message: 'Unprocessable Entity',
            errors: ['pull_request_review_thread.line is invalid'],
          });
      }
      this.reviews.push(review);
      for (const c of body.comments ?? []) {
        const id = this.nextId++;
        this.reviewComments.push({
          id,
          pull_number: number,
          review_id: review.id,
          path: c.path,
          line: c.line,
          start_line: c.start_line ?? null,
          side: c.side ?? 'RIGHT',
          commit_id: body.commit_id,
          body: c.body,
          html_url: `${base}pull/${number}#discussion_r${id}`,
          user: author,
        });
      }
      return this.send(res, 200, {
        ...review,
        html_url: `${base}pull/${number}#pullrequestreview-${review.id}`,
      });
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/pulls/(\\d+)/comments$`))) && method === 'GET') {
      const number = Number(m[3]);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.reviewComments.filter((c) => c.pull_number === number);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link: Record<string, string> =
        page < last
          ? {
              link: `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
            }
          : {};
      return this.send(res, 200, slice, link);
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/pulls/comments/(\\d+)$`))) && method === 'PATCH') {
      const comment = this.reviewComments.find((c) => c.id === Number(m![3]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = body.body;
      return this.send(res, 200, comment);
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/pulls/(\\d+)$`))) && method === 'GET') {
      const pull = this.pulls.get(Number(m[3]));
      if (!pull) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, {
        number: Number(m[3]),
        state: pull.state ?? 'open',
        head: { sha: pull.headSha },
      });
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/pulls/(\\d+)/files$`))) && method === 'GET') {
      const files = this.pullFiles.get(Number(m[3]));
      return files ? this.send(res, 200, files) : this.send(res, 404, { message: 'Not Found' });
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/issues$`)))) {
      if (method === 'GET') {
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const state = url.searchParams.get('state') ?? 'open';
        return this.send(
          res,
          200,
          this.issues.filter(
            (i) =>
              (state === 'all' || i.state === state) &&
              labels.every((l) => i.labels.some((x) => x.name === l)),
          ),
        );
      }
      if (method === 'POST') {
        const number = this.issues.length + 1;
        const issue: Issue = {
          number,
          title: body.title,
          body: body.body,
          state: 'open',
          labels: (body.labels ?? []).map((name: string) => ({ name })),
          html_url: `${base}issues/${number}`,
        };
        this.issues.push(issue);
        return this.send(res, 201, issue);
      }
    }
    if ((m = url.pathname.match(new RegExp(`${repo}/issues/(\\d+)$`))) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(m![3]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      Object.assign(issue, body);
      return this.send(res, 200, issue);
    }
    this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}
