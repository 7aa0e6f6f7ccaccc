import { flinkView } from '../derive/index.js';
import { sizeInUnitsOf, sizesInSentence } from '../flink/index.js';
import type { Finding, FlinkConfig, Report } from '../model/index.js';

/**
 * A finding as its file would write it: sizes in its fix and in the sentences about it in the
 * units and spelling the file already uses (`2g` stays `2g`, not `2 gb`; `src/flink/size-style.ts`
 * decides, as it does for the solver's fixes), and only the edits that apply (no removing a key
 * the file does not have). Flink reads every spelling alike (MemorySize: a number, optional
 * whitespace, a unit).
 */

/** The fix of a finding on `config`, restyled; undefined where no edit is left. */
export function applicableFix(finding: Finding, config: FlinkConfig | undefined): Finding['fix'] {
  const fix = finding.fix;
  if (!fix || !config) return fix;
  const written = flinkView(config);
  const inFile = new Set(config.entries.filter((e) => e.origin === 'file').map((e) => e.key));
  const set: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(fix.set)) {
    if (value === null) {
      if (inFile.has(key)) set[key] = null;
    } else set[key] = sizeInUnitsOf(key, value, config.flinkVersion, written);
  }
  if (Object.keys(set).length === 0 && !fix.description) return undefined;
  if (!fix.description) return { ...fix, set };
  return { ...fix, set, description: sizesInSentence(fix.description, set, config.flinkVersion, written) };
}

/** The report with every fix in its file's style and limited to the edits that apply. */
export function restyleFixes(report: Report): Report {
  const configs = new Map(report.configs.map((r) => [r.config.id, r.config]));
  const restyle = (f: Finding): Finding => {
    const config = f.configId === undefined ? undefined : configs.get(f.configId);
    if (!config) return f;
    const fix = applicableFix(f, config);
    const message = sizesInSentence(f.message, fix?.set ?? {}, config.flinkVersion, flinkView(config));
    if (fix === f.fix && message === f.message) return f;
    const copy = { ...f, message };
    if (fix) copy.fix = fix;
    else delete copy.fix;
    return copy;
  };
  return { ...report, findings: report.findings.map(restyle), suppressed: report.suppressed.map(restyle) };
}
