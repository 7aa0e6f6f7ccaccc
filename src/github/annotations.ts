import type { Finding, Severity } from '../model/index.js';
import { plural } from '../report/index.js';
import { visible } from '../report/index.js';
import { attempt, type Logger } from './api-errors.js';
import type { GitHubClient, RepoRef } from './octokit.js';

/** GitHub shows this many workflow-command annotations of each level per step. */
export const COMMAND_LIMIT = 10;
/** The Checks API takes this many annotations per request. */
const CHECKS_BATCH = 50;
/**
 * Most annotations one check run carries: each request past the first is a write, and Octokit's
 * throttling spaces writes about a second apart, so thousands of findings would hold a run for
 * minutes. Past this, errors first: the rest are in the job summary and the SARIF/JSON reports.
 */
export const MAX_CHECK_ANNOTATIONS = 10 * CHECKS_BATCH;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings a check run annotates: all, or the first `MAX_CHECK_ANNOTATIONS` by severity, in file order. */
export function checkRunFindings(findings: readonly Finding[]): Finding[] {
  if (findings.length <= MAX_CHECK_ANNOTATIONS) return [...findings];
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index,
    )
    .slice(0, MAX_CHECK_ANNOTATIONS)
    .sort((a, b) => a.index - b.index)
    .map((x) => x.finding);
}

export type AnnotationLevel = 'failure' | 'warning' | 'notice';

const LEVELS: Record<Severity, AnnotationLevel> = { error: 'failure', warning: 'warning', info: 'notice' };

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export function toCheckAnnotation(finding: Finding): CheckAnnotation {
  const endLine = Math.max(finding.endLine ?? finding.line, finding.line);
  const sameLine = endLine === finding.line;
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: endLine,
    // GitHub accepts columns only on single-line annotations.
    ...(sameLine
      ? {
          start_column: finding.column,
          end_column: Math.max(finding.endColumn ?? finding.column, finding.column),
        }
      : {}),
    annotation_level: LEVELS[finding.severity],
    title: finding.ruleId,
    message: visible(finding.message).slice(0, 60_000),
  };
}

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** As the runner reads a command's data; control characters of repository text made visible first. */
const escapeData = (text: string): string =>
  text.split(/\r?\n/).map(visible).join('\n').replace(/%/g, '%25').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the runner reads it. */
export function workflowCommand(finding: Finding): string {
  const properties: [string, string | number | undefined][] = [
    ['file', finding.file],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine && finding.endLine > finding.line ? finding.endLine : undefined],
    ['title', finding.ruleId],
  ];
  const text = properties
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${COMMANDS[finding.severity]} ${text}::${escapeData(finding.message)}`;
}

/**
 * The workflow commands GitHub will show as annotations (10 per level a step) and how many
 * findings are left without one.
 */
export function commandAnnotations(findings: readonly Finding[]): { commands: string[]; notShown: number } {
  const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const commands: string[] = [];
  for (const f of findings) {
    if (used[f.severity] >= COMMAND_LIMIT) continue;
    used[f.severity]++;
    commands.push(workflowCommand(f));
  }
  return { commands, notShown: findings.length - commands.length };
}

/** Whether workflow commands can show every finding. */
export function fitsInCommands(findings: readonly Finding[]): boolean {
  return commandAnnotations(findings).notShown === 0;
}

export interface CheckRunRequest {
  client: GitHubClient;
  repo: RepoRef;
  headSha: string;
  name: string;
  findings: readonly Finding[];
  failed: boolean;
  summary: string;
  warn: Logger;
}

/**
 * Publishes the findings as one check run, 50 annotations a request, at most
 * `MAX_CHECK_ANNOTATIONS` of them (`checkRunFindings`). Gives the run's URL, or undefined when
 * the token may not create check runs or GitHub failed.
 */
export async function publishCheckRun(request: CheckRunRequest): Promise<string | undefined> {
  const { client, repo, findings, warn } = request;
  const annotations = checkRunFindings(findings).map(toCheckAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECKS_BATCH)
    batches.push(annotations.slice(i, i + CHECKS_BATCH));
  if (batches.length === 0) batches.push([]);
  const conclusion: 'failure' | 'neutral' | 'success' = request.failed
    ? 'failure'
    : findings.length > 0
      ? 'neutral'
      : 'success';
  const output = (batch: CheckAnnotation[]) => ({
    title: findings.length === 0 ? 'No findings' : plural(findings.length, 'finding'),
    summary: request.summary,
    annotations: batch,
  });
  const finish = (i: number) =>
    i === batches.length - 1 ? { status: 'completed' as const, conclusion } : {};
  const created = await attempt(
    'create a check run',
    () =>
      client.rest.checks.create({
        ...repo,
        name: request.name,
        head_sha: request.headSha,
        ...(batches.length === 1 ? finish(0) : { status: 'in_progress' as const }),
        output: output(batches[0]),
      }),
    warn,
  );
  if (!created) return undefined;
  for (let i = 1; i < batches.length; i++) {
    const updated = await attempt(
      'add annotations to the check run',
      () =>
        client.rest.checks.update({
          ...repo,
          check_run_id: created.data.id,
          ...finish(i),
          output: output(batches[i]),
        }),
      warn,
    );
    if (!updated) {
      // Never leave the check spinning; the caller falls back to workflow commands.
      await attempt(
        'complete the check run',
        () =>
          client.rest.checks.update({
            ...repo,
            check_run_id: created.data.id,
            status: 'completed',
            conclusion,
          }),
        warn,
      );
      return undefined;
    }
  }
  return created.data.html_url ?? undefined;
}
