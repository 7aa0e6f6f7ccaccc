import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compareWithBase, lintBase, type BaseRevision } from '../engine/index.js';
import type { LintOptions, Report } from '../model/index.js';
import { settingsFile } from '../policy/index.js';
import { link, md } from '../report/index.js';
import { inertLines, visible } from '../report/index.js';
import {
  COMMENT_LIMIT,
  countsText,
  hasSomethingToSay,
  logGroups,
  plural,
  restyleFixes,
  reachesThreshold,
  renderComment,
  renderSummary,
  type CommentInput,
  type ConfigDiff,
  type LinkContext,
} from '../report/index.js';
import { describeError } from './api-errors.js';
import {
  COMMAND_LIMIT,
  commandAnnotations,
  fitsInCommands,
  MAX_CHECK_ANNOTATIONS,
  publishCheckRun,
} from './annotations.js';
import { syncAuditIssue } from './audit-issue.js';
import { writePrReport, type PrReport } from './pr-report.js';
import { loadBaseSide } from './base-side.js';
import { upsertStickyComment } from './sticky-comment.js';
import { ownAuthor, type AuthorCheck } from './identity.js';
import { changedLines } from './diff-lines.js';
import { syncReviewComments } from './review-comments.js';
import type { RunEvent } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { GitHubClient, RepoRef } from './octokit.js';

const CHECK_NAME = 'flink-memory-lint';

/** A log line that may hold repository text (paths, git's words): one line, never a command. */
const info = (message: string): void => core.info(inertLines(visible(message)));

/** Everything a run needs from its surroundings; `index.ts` builds it from the environment. */
export interface RunContext {
  inputs: ActionInputs;
  event: RunEvent;
  repo: RepoRef;
  serverUrl: string;
  /** The workflow run's page, where the job summary is. */
  runUrl?: string;
  workspace: string;
  tempDir: string;
  /** Absent without a token: then nothing is read from or written to GitHub. */
  client?: GitHubClient;
  lint: (options: LintOptions) => Promise<Report>;
  /** A report an earlier pull-request run wrote (`report-from-artifact`): published, not linted. */
  prepared?: PrReport;
  /** Writes the report files the inputs ask for; gives their paths. */
  writeReports: (report: Report) => Promise<{ json: string; sarif?: string }>;
}

export interface RunResult {
  report: Report;
  failed: boolean;
  /** Why the run fails whatever the findings: a path that does not exist, no config found (`if-no-configs: error`). */
  setupFailure?: string;
  diffs: ConfigDiff[];
  commentUrl?: string;
}

function lintOptions(ctx: RunContext, paths: string[], onlyFiles?: string[]): LintOptions {
  const { inputs, workspace } = ctx;
  return {
    paths,
    cwd: workspace,
    workspace,
    flinkVersion: inputs.flinkVersion,
    configFile: settingsFile(workspace, inputs.config || undefined),
    policyDirs: inputs.policies.map((dir) => path.resolve(workspace, dir)),
    ...(onlyFiles ? { onlyFiles } : {}),
  };
}

async function pullRequestSide(
  ctx: RunContext,
  event: Extract<RunEvent, { kind: 'pull-request' }>,
): Promise<{ base?: BaseRevision; touched: string[]; notes: string[] }> {
  const notes: string[] = [];
  const side = await loadBaseSide({
    cwd: ctx.workspace,
    baseRef: ctx.inputs.baseRef ?? event.baseSha,
    api: ctx.client && {
      client: ctx.client,
      repo: ctx.repo,
      pullNumber: event.number,
      headFiles: async () => {
        const head = await ctx.lint(lintOptions(ctx, ctx.inputs.paths));
        return [...new Set(head.configs.map((r) => r.config.file))];
      },
    },
  }).catch((error: unknown) => {
    core.warning(`Could not read the base side of the pull request: ${describeError(error)}`);
    return undefined;
  });
  if (!side) {
    notes.push('The base side of the pull request could not be read, so there is no base/head comparison.');
    return { touched: [], notes };
  }
  core.info(`Base ${side.commit} (${side.source}): ${plural(side.touched.length, 'touched file')}.`);
  const base = await lintBase(lintOptions(ctx, ctx.inputs.paths), side).catch((error: unknown) => {
    core.warning(`Could not lint the base side: ${describeError(error)}`);
    return undefined;
  });
  for (const problem of [...side.problems, ...(base?.problems ?? [])]) info(problem);
  return { base, touched: side.touched.map((f) => f.path), notes };
}

function annotate(
  ctx: RunContext,
  report: Report,
  failed: boolean,
  canWrite: boolean,
  headSha: string,
): Promise<string[]> {
  const { findings } = report;
  // Published from an artifact, workflow commands would land on this run: annotate the head commit.
  const mode = ctx.prepared && ctx.inputs.annotations === 'auto' ? 'checks' : ctx.inputs.annotations;
  if (mode === 'none') return Promise.resolve([]);
  const client = canWrite ? ctx.client : undefined;
  const useChecks =
    client !== undefined && (mode === 'checks' || (mode === 'auto' && !fitsInCommands(findings)));
  const viaCommands = (): string[] => {
    const { commands, notShown } = commandAnnotations(findings);
    for (const command of commands) process.stdout.write(`${command}${os.EOL}`);
    if (notShown === 0) return [];
    const note = `${plural(notShown, 'finding')} not annotated: GitHub shows ${COMMAND_LIMIT} errors and ${COMMAND_LIMIT} warnings a step. All are listed in this summary and the SARIF/JSON reports.`;
    core.info(note);
    return [note];
  };
  if (!useChecks) return Promise.resolve(viaCommands());
  return publishCheckRun({
    client,
    repo: ctx.repo,
    headSha,
    name: CHECK_NAME,
    findings,
    failed,
    summary: `${countsText(report)} in ${plural(report.summary.configs, 'config')}.`,
    warn: core.warning,
  }).then((url) => {
    if (!url) return viaCommands();
    core.info(`Annotations published in check run ${url}`);
    const notShown = findings.length - Math.min(findings.length, MAX_CHECK_ANNOTATIONS);
    if (notShown === 0) return [];
    const note = `${plural(notShown, 'finding')} not annotated: the check run carries ${MAX_CHECK_ANNOTATIONS} annotations, errors first. All are listed in this summary and the SARIF/JSON reports.`;
    core.info(note);
    return [note];
  });
}

/** Inline review comments on the changed lines; gives the findings the limit left out. */
async function reviewComments(
  ctx: RunContext,
  event: Extract<RunEvent, { kind: 'pull-request' }>,
  report: Report,
  own: AuthorCheck,
): Promise<CommentInput['notCommented']> {
  const client = ctx.client;
  if (!client) return undefined;
  // GitHub places review comments on the pull request's own diff, whatever `base-ref` says.
  const changed = await changedLines({
    cwd: ctx.workspace,
    baseRef: event.baseSha,
    api: { client, repo: ctx.repo, pullNumber: event.number },
    log: info,
  });
  if (!changed) {
    core.warning('Could not tell which lines the pull request changed, so no review comments were posted.');
    return undefined;
  }
  const result = await syncReviewComments({
    client,
    repo: ctx.repo,
    pullNumber: event.number,
    headSha: event.headSha,
    report,
    changed,
    limit: ctx.inputs.reviewCommentsLimit,
    own,
    warn: core.warning,
    info,
  });
  return { findings: result.notPosted, limit: ctx.inputs.reviewCommentsLimit };
}

export async function run(ctx: RunContext): Promise<RunResult> {
  const { inputs, event } = ctx;
  const isPr = event.kind === 'pull-request';
  const notes: string[] = [];
  const canWrite = ctx.client !== undefined && !(isPr && event.fork);
  if (!ctx.client) notes.push('No GitHub token: nothing was read from or written to GitHub.');
  else if (!canWrite) {
    notes.push(
      'This pull request comes from a fork, so its token is read-only: no comment or check run was written. Findings are annotated and listed here.',
    );
    core.info(notes[notes.length - 1]);
  }

  const prepared = ctx.prepared;
  const pr = prepared
    ? { touched: prepared.touched, notes: prepared.notes, base: undefined }
    : isPr
      ? await pullRequestSide(ctx, event)
      : undefined;
  // Fixes in each file's own style, the same in the comment, the review and the reports.
  const head = restyleFixes(
    prepared?.report ??
      (await ctx.lint(
        lintOptions(ctx, inputs.paths, isPr && inputs.onlyChanged ? (pr?.touched ?? []) : undefined),
      )),
  );
  const failed = reachesThreshold(head.summary, inputs.failOn);
  const setupFailure = prepared ? undefined : checkCoverage(head, inputs, notes);
  const touched = new Set(pr?.touched ?? []);
  const diffs = prepared?.diffs ?? (pr?.base ? compareWithBase(pr.base, head).diffs : []);
  if (isPr && !prepared && inputs.reportArtifact) {
    const file = await writePrReport(path.resolve(ctx.workspace, inputs.reportArtifact), {
      pullRequest: { number: event.number, headSha: event.headSha, baseSha: event.baseSha },
      touched: [...touched],
      report: head,
      diffs,
      notes: pr?.notes ?? [],
    });
    core.setOutput('report-artifact', file);
    core.info(`Pull request report for a report-from-artifact run: ${file}`);
  }
  notes.push(...(pr?.notes ?? []));

  core.setOutput('errors', head.summary.errors);
  core.setOutput('warnings', head.summary.warnings);
  core.setOutput('infos', head.summary.infos);
  core.setOutput('configs', head.summary.configs);
  const files = await ctx.writeReports(head);
  core.setOutput('findings-json', files.json);
  if (files.sarif) core.setOutput('sarif-file', files.sarif);

  const ref = isPr ? event.headSha : event.sha;
  // Without a commit there is nothing stable to link lines to.
  const links: LinkContext | undefined = ref
    ? { serverUrl: ctx.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, ref }
    : undefined;
  notes.push(...(await annotate(ctx, head, failed, canWrite, ref)));

  const wantsComments = isPr && canWrite && (inputs.reviewComments !== 'never' || inputs.comment !== 'never');
  const own = wantsComments && ctx.client ? await ownAuthor(ctx.client, core.warning) : undefined;
  if (wantsComments && !own)
    core.warning('Could not tell which account the token acts as, so no comment was written or edited.');

  const notCommented =
    isPr && inputs.reviewComments !== 'never' && canWrite && own
      ? await reviewComments(ctx, event, head, own)
      : undefined;

  let commentUrl: string | undefined;
  if (isPr && inputs.comment !== 'never' && canWrite && ctx.client && own) {
    const input = {
      report: head,
      diffs,
      touchedFiles: [...touched],
      failed,
      links,
      runUrl: ctx.runUrl,
      notCommented,
    };
    const result = await upsertStickyComment({
      client: ctx.client,
      repo: ctx.repo,
      issueNumber: event.number,
      body: renderComment(input),
      shorter: () => renderComment(input, COMMENT_LIMIT / 2),
      create: inputs.comment === 'always' || hasSomethingToSay(input),
      own,
      warn: core.warning,
    });
    core.info(`Pull request comment: ${result.action}${result.url ? ` ${result.url}` : ''}`);
    commentUrl = result.url;
    if (commentUrl) core.setOutput('comment-url', commentUrl);
  }

  if (!isPr && inputs.auditIssue && ctx.client) {
    const clean = head.findings.length === 0;
    const result = await syncAuditIssue({
      client: ctx.client,
      repo: ctx.repo,
      clean,
      title: `Flink memory audit: ${clean ? 'all clear' : countsText(head)}`,
      body: renderSummary(
        {
          report: head,
          failed,
          links,
          notes: [
            md`Audited ${event.sha.slice(0, 12)}${ctx.runUrl ? md` in ${link(ctx.runUrl, ctx.runUrl)}` : ''}.`,
          ],
        },
        COMMENT_LIMIT,
      ),
      warn: core.warning,
    });
    core.info(`Audit issue: ${result.action}${result.url ? ` ${result.url}` : ''}`);
  }

  writeLogGroups(head, diffs);
  await writeSummary(renderSummary({ report: head, diffs, failed, links, notes }));
  return { report: head, failed, diffs, commentUrl, setupFailure };
}

/**
 * No silent green: a mistyped path is an error annotation and a failed run; a run that found no
 * Flink configuration says so, and fails with `if-no-configs: error`. Gives why the run fails.
 */
function checkCoverage(report: Report, inputs: ActionInputs, notes: string[]): string | undefined {
  const missing = report.notices.filter((n) => n.code === 'path-not-found');
  for (const notice of missing) {
    core.error(inertLines(visible(`${notice.message} (input 'paths')`)), { title: 'Path not found' });
    notes.push(`Input 'paths': ${notice.message}.`);
  }
  if (missing.length > 0) return `${plural(missing.length, 'path')} in input 'paths' not found.`;
  if (report.summary.configs > 0 || inputs.ifNoConfigs === 'ignore') return undefined;
  const message = `No Flink configuration found under ${inputs.paths.join(', ')}: nothing was checked.`;
  notes.push(message);
  if (inputs.ifNoConfigs === 'error') {
    core.error(inertLines(visible(message)), { title: 'No Flink configuration' });
    return `${message} (if-no-configs: error)`;
  }
  core.warning(inertLines(visible(message)), { title: 'No Flink configuration' });
  return undefined;
}

/** The breakdowns in the log, one folded section per config. */
function writeLogGroups(report: Report, diffs: readonly ConfigDiff[]): void {
  const groups = logGroups(report, diffs);
  for (const group of groups) {
    core.startGroup(inertLines(group.title));
    for (const line of group.lines) info(line);
    core.endGroup();
  }
  const left =
    (diffs.some((d) => d.status !== 'unchanged')
      ? diffs.filter((d) => d.status !== 'unchanged').length
      : report.configs.length) - groups.length;
  if (left > 0) core.info(`${plural(left, 'more breakdown')} in the job summary and the JSON report.`);
}

async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info('No GITHUB_STEP_SUMMARY: the job summary is not written.');
    return;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, markdown, { flag: 'a' });
}
