export { describeEvent } from './event.js';
export { InputError, readInputs } from './inputs.js';
export { createClient } from './octokit.js';
export { writeReportFiles } from './report-files.js';
export { run } from './run.js';
export { renderers } from './renderers.js';
export { publishedPullRequest } from './pr-report.js';
