import { SEVERITIES, type FailOn, type ReportSummary } from '../model/index.js';

/** Whether a report holds any finding at or above the `fail-on` threshold (its summary counts them). */
export function reachesThreshold(summary: ReportSummary, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const counts = { error: summary.errors, warning: summary.warnings, info: summary.infos };
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).some((severity) => counts[severity] > 0);
}
