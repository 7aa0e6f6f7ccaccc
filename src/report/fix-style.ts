import { tryParseMemorySize } from '../flink/index.js';
import type { Finding, FlinkConfig, Report } from '../model/index.js';

/**
 * A fix as the file would write it: sizes in the units and spelling the file already uses
 * (`2g` stays `2g`, not `2 gb`), and only the edits that apply (no removing a key the file does
 * not have). Flink reads both spellings alike (MemorySize: a number, optional whitespace, a unit).
 */

/** `2g`, `1728m`, `512mb`, `4 gb`: number, space, unit as a file writes a size. */
const SIZE = /^(\d+)(\s*)([kmgt]b?|[kmgt]i?b|bytes?|b)?$/i;

interface SizeStyle {
  space: string;
  /** How the file spells each unit, by power: `g`, `gb`, `G`. */
  units: Map<number, string>;
}

const POWER: Record<string, number> = { b: 0, byte: 0, bytes: 0, k: 1, m: 2, g: 3, t: 4 };

const powerOf = (unit: string): number | undefined => POWER[unit.toLowerCase().replace(/i?b$/, '') || 'b'];

/** How sizes are written in the file's own entries; undefined when it writes none with a unit. */
function sizeStyle(config: FlinkConfig): SizeStyle | undefined {
  let style: SizeStyle | undefined;
  for (const entry of config.entries) {
    if (entry.origin !== 'file' || typeof entry.value !== 'string') continue;
    const m = SIZE.exec(entry.value.trim());
    if (!m?.[3]) continue;
    const power = powerOf(m[3]);
    if (power === undefined || power === 0) continue;
    style ??= { space: m[2], units: new Map() };
    if (!style.units.has(power)) style.units.set(power, m[3]);
  }
  return style;
}

/** A suffix in the file's spelling for a power (`g` when the file writes `4096m`). */
function unitFor(style: SizeStyle, power: number): string {
  const known = style.units.get(power);
  if (known) return known;
  const sample = [...style.units.values()][0];
  const letter = 'bkmgt'[power];
  const upper = sample[0] === sample[0].toUpperCase();
  const suffix = sample.slice(1).toLowerCase() === '' ? '' : sample.slice(1);
  return `${upper ? letter.toUpperCase() : letter}${suffix}`;
}

/** A size value written in the file's style; any other value as it is. */
export function styledValue(value: string, style: SizeStyle | undefined): string {
  if (!style) return value;
  const m = SIZE.exec(value.trim());
  if (!m?.[3]) return value;
  const bytes = tryParseMemorySize(value);
  if (bytes === undefined || bytes === 0n) return value;
  // The largest unit the size is a whole number of.
  for (let power = 4; power >= 1; power--) {
    const unit = 1n << BigInt(10 * power);
    if (bytes % unit === 0n) return `${bytes / unit}${style.space}${unitFor(style, power)}`;
  }
  return value;
}

/** The fix of a finding on `config`, restyled; undefined where no edit is left. */
export function applicableFix(finding: Finding, config: FlinkConfig | undefined): Finding['fix'] {
  const fix = finding.fix;
  if (!fix || !config) return fix;
  const style = sizeStyle(config);
  const inFile = new Set(config.entries.filter((e) => e.origin === 'file').map((e) => e.key));
  const set: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(fix.set)) {
    if (value === null) {
      if (inFile.has(key)) set[key] = null;
    } else set[key] = styledValue(value, style);
  }
  if (Object.keys(set).length === 0 && !fix.description) return undefined;
  return { ...fix, set };
}

/** The report with every fix in its file's style and limited to the edits that apply. */
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
