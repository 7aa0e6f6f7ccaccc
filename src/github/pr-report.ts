import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/index.js';
import type { ConfigDiff } from '../report/index.js';
import { InputError } from './inputs.js';
import type { GitHubClient, RepoRef } from './octokit.js';
import type { RunEvent } from './event.js';

/**
 * Fork pull requests in two workflows: the `pull_request` run (the fork's code, a read-only token)
 * writes what it found to a file it uploads as an artifact; a `workflow_run` run on the default
 * branch (a write token, none of the fork's code) reads it back and posts the comment, the check
 * run's annotations and the review. The file is written by whoever opened the pull request, so it
 * is data only: bounded, checked field by field, and its pull request is believed only when the
 * API says that pull request's head is the commit the triggering run ran on.
 */

const PR_REPORT_FILE = 'flink-memory-lint-pr.json';
const FORMAT = 'flink-memory-lint/pull-request-report';
const VERSION = 1;
/** A report larger than this is refused (the JSON report of 20,000 configs stays well below). */
const MAX_BYTES = 64 * 1024 * 1024;

export interface PrReport {
  pullRequest: { number: number; headSha: string; baseSha: string };
  touched: string[];
  report: Report;
  diffs: ConfigDiff[];
  notes: string[];
}

/** Bytes are `bigint`: written as `{"$bigint": "123"}` and read back. */
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (value instanceof Map) return { $map: [...(value as Map<unknown, unknown>)] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const v = value as Record<string, unknown>;
    if (keys.length === 1 && typeof v.$bigint === 'string' && /^-?\d{1,40}$/.test(v.$bigint))
      return BigInt(v.$bigint);
    if (keys.length === 1 && Array.isArray(v.$map))
      return new Map(
        (v.$map as unknown[]).filter((e): e is [unknown, unknown] => Array.isArray(e) && e.length === 2),
      );
  }
  return value;
}

/** Writes the report of a pull-request run where `target` says (a folder, or a `.json` file). */
export async function writePrReport(target: string, data: PrReport): Promise<string> {
  const file = target.endsWith('.json') ? target : path.join(target, PR_REPORT_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ format: FORMAT, version: VERSION, ...data }, replacer));
  return file;
}

const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{40}$/.test(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function bad(what: string): never {
  throw new InputError(`Input 'report-from-artifact': ${what}; the file is not a report this action wrote.`);
}

/** Reads a report back, checking its shape; throws `InputError` for anything else. */
async function readPrReport(source: string): Promise<PrReport> {
  let file = source;
  const info = await stat(file).catch(() => bad(`${source} does not exist`));
  if (info.isDirectory()) file = path.join(source, PR_REPORT_FILE);
  const size = (await stat(file).catch(() => bad(`${file} does not exist`))).size;
  if (size > MAX_BYTES) bad(`${file} is larger than ${MAX_BYTES} bytes`);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(await readFile(file, 'utf8'), reviver) as Record<string, unknown>;
  } catch {
    return bad(`${file} is not JSON`);
  }
  if (!data || typeof data !== 'object' || data.format !== FORMAT || data.version !== VERSION)
    bad(`${file} has no '${FORMAT}' version ${VERSION} header`);
  const pr = data.pullRequest as Record<string, unknown> | undefined;
  if (!pr || !Number.isSafeInteger(pr.number) || (pr.number as number) < 1) bad('no pull request number');
  if (!isSha(pr.headSha) || !isSha(pr.baseSha)) bad('no head and base commits');
  const report = data.report as Record<string, unknown> | undefined;
  if (
    !report ||
    !Array.isArray(report.configs) ||
    !Array.isArray(report.findings) ||
    !Array.isArray(report.suppressed) ||
    !Array.isArray(report.notices) ||
    typeof report.summary !== 'object' ||
    typeof report.tool !== 'object'
  )
    bad('no report');
  for (const f of report.findings as Record<string, unknown>[])
    if (
      typeof f?.ruleId !== 'string' ||
      typeof f.message !== 'string' ||
      typeof f.file !== 'string' ||
      !Number.isSafeInteger(f.line) ||
      !['error', 'warning', 'info'].includes(f.severity as string)
    )
      bad('a finding without rule, severity, message, file and line');
  if (!Array.isArray(data.diffs) || !isStrings(data.touched) || !isStrings(data.notes ?? [])) bad('no diffs');
  if (report.sources !== undefined && !(report.sources instanceof Map)) delete report.sources;
  return {
    pullRequest: { number: pr.number as number, headSha: pr.headSha, baseSha: pr.baseSha },
    touched: data.touched,
    report: report as unknown as Report,
    diffs: data.diffs as ConfigDiff[],
    notes: (data.notes as string[] | undefined) ?? [],
  };
}

/**
 * Whether the pull request the file names is the one the triggering run ran on: its head on
 * GitHub is that run's commit, and it is open. Gives why not, or undefined when it is.
 */
async function verifyPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  runHeadSha: string,
): Promise<string | undefined> {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
  if (data.head.sha !== runHeadSha)
    return `pull request #${number} is at ${data.head.sha.slice(0, 12)}, not at the commit the run ran on (${runHeadSha.slice(0, 12)})`;
  if (data.state !== 'open') return `pull request #${number} is ${data.state}`;
  return undefined;
}

/**
 * `report-from-artifact`: the report an earlier pull-request run wrote, and its pull request,
 * believed only when GitHub says that pull request's head is the commit the triggering
 * `workflow_run` ran on.
 */
export async function publishedPullRequest(options: {
  source: string;
  workspace: string;
  client: GitHubClient | undefined;
  repo: RepoRef;
  payload: unknown;
}): Promise<{ event: RunEvent; report: PrReport }> {
  const report = await readPrReport(path.resolve(options.workspace, options.source));
  const trigger = (options.payload as { workflow_run?: { head_sha?: unknown } } | undefined)?.workflow_run;
  const runHead = typeof trigger?.head_sha === 'string' ? trigger.head_sha : undefined;
  if (!options.client)
    throw new InputError("Input 'report-from-artifact' needs a token to publish the report.");
  if (!runHead)
    throw new InputError("Input 'report-from-artifact' is for a workflow_run event (the run that wrote it).");
  const { number, headSha, baseSha } = report.pullRequest;
  if (headSha !== runHead)
    throw new InputError(
      `Input 'report-from-artifact': the report is of ${headSha.slice(0, 12)}, but the run that triggered this one ran on ${runHead.slice(0, 12)}.`,
    );
  const problem = await verifyPullRequest(options.client, options.repo, number, runHead);
  if (problem) throw new InputError(`Input 'report-from-artifact': ${problem}; nothing was published.`);
  return {
    event: { kind: 'pull-request', number, headSha, baseSha, baseRef: baseSha, fork: false },
    report,
  };
}
