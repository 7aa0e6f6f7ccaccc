import type { Finding, FlinkConfig, Report } from '../model/index.js';

/**
 * A fix with only the edits that apply: no removing a key the file does not have. Its sizes are
 * already in the file's own units and spelling (`2g` stays `2g`, not `2 gb`), in its edits and its
 * sentences alike: the policy stage writes them so (`src/policy/evaluate.ts`, with
 * `src/flink/size-style.ts`, as for the solver's fixes).
 */

/** The fix of a finding on `config` with the edits that apply; undefined where none is left. */
export function applicableFix(finding: Finding, config: FlinkConfig | undefined): Finding['fix'] {
  const fix = finding.fix;
  if (!fix || !config) return fix;
  const inFile = new Set(config.entries.filter((e) => e.origin === 'file').map((e) => e.key));
  const set: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(fix.set)) {
    if (value === null) {
      if (inFile.has(key)) set[key] = null;
    } else set[key] = value;
  }
  if (Object.keys(set).length === 0 && !fix.description) return undefined;
  return { ...fix, set };
}

/** The report with every fix limited to the edits that apply. */
export function restyleFixes(report: Report): Report {
  const configs = new Map(report.configs.map((r) => [r.config.id, r.config]));
  const restyle = (f: Finding): Finding => {
    if (!f.fix || f.configId === undefined) return f;
    const fix = applicableFix(f, configs.get(f.configId));
    if (fix === f.fix) return f;
    const copy = { ...f };
    if (fix) copy.fix = fix;
    else delete copy.fix;
    return copy;
  };
  return { ...report, findings: report.findings.map(restyle), suppressed: report.suppressed.map(restyle) };
}
