import type { FailOn } from '../model/index.js';

export type CommentMode = 'auto' | 'always' | 'never';
export type AnnotationMode = 'auto' | 'checks' | 'commands' | 'none';
export type ReviewCommentMode = 'auto' | 'never';

/** The action's inputs (action.yml), checked. */
export interface ActionInputs {
  paths: string[];
  flinkVersion?: string;
  config?: string;
  policies: string[];
  failOn: FailOn;
  comment: CommentMode;
  annotations: AnnotationMode;
  /** Inline review comments with fix suggestions on the lines a pull request changes. */
  reviewComments: ReviewCommentMode;
  /** Most review comments a run posts; the rest are listed in the sticky comment. */
  reviewCommentsLimit: number;
  sarifFile?: string;
  jsonFile?: string;
  baseRef?: string;
  onlyChanged: boolean;
  auditIssue: boolean;
  /** What a run that finds no Flink configuration does: fail, warn, or say nothing. */
  ifNoConfigs: NoConfigsMode;
  /** On a pull request: write the run's report here (a folder or a .json file) for a later publishing run. */
  reportArtifact?: string;
  /** Publish a report an earlier pull-request run wrote (downloaded artifact) instead of linting. */
  reportFromArtifact?: string;
  token: string;
}

export type NoConfigsMode = 'error' | 'warn' | 'ignore';

/** A wrong input: the message names it and the accepted values. */
export class InputError extends Error {}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function choice<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'.`);
}

function bool(name: string, value: string): boolean {
  if (value === '' || FALSE.includes(value)) return false;
  if (TRUE.includes(value)) return true;
  throw new InputError(`Input '${name}' must be true or false; got '${value}'.`);
}

/** A list input: one item a line, or separated by commas. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function count(name: string, value: string, fallback: number): number {
  if (value === '') return fallback;
  if (/^\d+$/.test(value)) return Number(value);
  throw new InputError(`Input '${name}' must be a whole number (0 or more); got '${value}'.`);
}

const optional = (value: string): string | undefined => (value === '' ? undefined : value);

/** Reads and checks the inputs; `get` returns an input's trimmed value, `''` when unset. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const paths = list(get('paths'));
  return {
    paths: paths.length > 0 ? paths : ['.'],
    flinkVersion: optional(get('flink-version')),
    config: optional(get('config')),
    policies: list(get('policies')),
    failOn: choice('fail-on', get('fail-on'), ['error', 'warning', 'info', 'never'], 'error'),
    comment: choice('comment', get('comment'), ['auto', 'always', 'never'], 'auto'),
    annotations: choice('annotations', get('annotations'), ['auto', 'checks', 'commands', 'none'], 'auto'),
    reviewComments: choice('review-comments', get('review-comments'), ['auto', 'never'], 'auto'),
    reviewCommentsLimit: count('review-comments-limit', get('review-comments-limit'), 25),
    sarifFile: optional(get('sarif-file')),
    jsonFile: optional(get('json-file')),
    baseRef: optional(get('base-ref')),
    onlyChanged: bool('only-changed', get('only-changed')),
    auditIssue: bool('audit-issue', get('audit-issue')),
    ifNoConfigs: choice('if-no-configs', get('if-no-configs'), ['error', 'warn', 'ignore'], 'warn'),
    reportArtifact: optional(get('report-artifact')),
    reportFromArtifact: optional(get('report-from-artifact')),
    token: get('github-token'),
  };
}
