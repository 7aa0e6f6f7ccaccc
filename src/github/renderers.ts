import { lintJson } from '../report/lint-json.js';
import { toSarif } from '../report/sarif.js';
import type { ReportRenderers } from './report-files.js';

/** The command line's own renderers: `lint --format json` and `--format sarif` write the same. */
export const renderers: ReportRenderers = {
  json: lintJson,
  sarif: (report) =>
    `${JSON.stringify(toSarif(report.findings, { tool: report.tool, policies: [], suppressed: report.suppressed }), null, 2)}\n`,
};
