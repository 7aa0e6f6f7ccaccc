import { contextText } from './config-context.js';
import type { Report } from '../model/index.js';
import type { Comparison } from './breakdown-diff.js';
import { comparisonHeadline } from './diff-text.js';
import { lintJson, lintJsonChunks } from './lint-json.js';
import { lintText } from './lint-text.js';
import { renderSummary } from './markdown-summary.js';
import { toSarif } from './sarif.js';
import { restyleFixes } from './fix-style.js';

export interface RenderOptions {
  /** ANSI colours (text only): the caller decides from the terminal and NO_COLOR. */
  color?: boolean;
  /** The findings reach the `--fail-on` threshold (markdown shows it in its headline). */
  failed?: boolean;
  /** `--base REF`: text, JSON and markdown show the change against it. */
  comparison?: Comparison;
  /** Text: each config's breakdown and every repeated finding. */
  verbose?: boolean;
}

/** Every output format by name: the command line and the action render through this one table. */
export const FORMATS = {
  text: (report: Report, options: RenderOptions = {}) =>
    lintText(restyleFixes(report), {
      color: options.color ?? false,
      comparison: options.comparison,
      verbose: options.verbose,
    }),
  json: (report: Report, options: RenderOptions = {}) => lintJson(report, options.comparison),
  sarif: (report: Report) =>
    `${JSON.stringify(
      toSarif(report.findings, {
        tool: report.tool,
        policies: report.policies ?? [],
        suppressed: report.suppressed,
        notices: report.notices,
        contexts: new Map(report.configs.map((r) => [r.config.id, contextText(r.config)])),
      }),
      null,
      2,
    )}\n`,
  markdown: (report: Report, options: RenderOptions = {}) =>
    renderSummary({
      report: restyleFixes(report),
      failed: options.failed,
      diffs: options.comparison?.diffs,
      notes: options.comparison ? [comparisonHeadline(options.comparison)] : undefined,
    }),
} as const satisfies Record<string, (report: Report, options?: RenderOptions) => string>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/**
 * A format's text in pieces, for writing as it is made: JSON piece by piece (the report of a large
 * tree never held as one string), the others whole.
 */
export function renderPieces(
  format: FormatName,
  report: Report,
  options: RenderOptions = {},
): Iterable<string> {
  return format === 'json' ? lintJsonChunks(report, options.comparison) : [FORMATS[format](report, options)];
}
