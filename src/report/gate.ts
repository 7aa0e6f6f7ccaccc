import { SEVERITIES, type FailOn, type Finding } from '../model/index.js';

/** Whether any finding is at or above the `fail-on` threshold. */
export function reachesThreshold(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit);
}
