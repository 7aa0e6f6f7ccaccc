import { FORMATS } from '../report/index.js';
import type { ReportRenderers } from './report-files.js';

/** The command line's renderers: the action writes the same JSON and SARIF as `lint --format`. */
export const renderers: ReportRenderers = { json: FORMATS.json, sarif: FORMATS.sarif };
